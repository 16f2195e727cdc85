/** Journal's screens. They reach the server only through {@link app.journal.webui.api.JournalApiClient}. */
@NullMarked
package app.journal.webui.view;

import org.jspecify.annotations.NullMarked;
