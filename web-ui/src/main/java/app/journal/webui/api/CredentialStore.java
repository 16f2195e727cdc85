package app.journal.webui.api;

import java.util.Optional;

/**
 * Where {@link JournalApiClient} keeps the credentials of the browser session it is serving. The web
 * UI's implementation attaches them to the current Vaadin session; tests use a plain field.
 */
public interface CredentialStore {

    Optional<SessionCredentials> current();

    void store(SessionCredentials credentials);

    void clear();
}
