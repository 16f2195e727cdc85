/**
 * The web UI's HTTP client of Journal's REST API, and the records for its JSON.
 *
 * <p>Everything the UI asks of the server goes through {@link app.journal.webui.api.JournalApiClient}.
 * The access token it sends is kept in server memory only (see {@link app.journal.webui.api.CredentialStore});
 * the browser never sees it. The refresh token is never here: it stays in the browser's HttpOnly cookie
 * and passes through on its way to the API ({@link app.journal.webui.api.RefreshTransport}).
 */
@NullMarked
package app.journal.webui.api;

import org.jspecify.annotations.NullMarked;
