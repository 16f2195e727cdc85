/** What the API says about passkeys, as the web UI reads it: the ceremony options and the account's passkeys. */
@NullMarked
package app.journal.webui.api.passkeys;

import org.jspecify.annotations.NullMarked;
