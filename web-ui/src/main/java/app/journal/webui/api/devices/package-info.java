/**
 * The devices list: each session of the account, as the API describes it.
 */
@NullMarked
package app.journal.webui.api.devices;

import org.jspecify.annotations.NullMarked;
