package app.journal.webui.api;

import java.util.Optional;

/** Credentials of one pretend browser session, in a field. */
final class InMemoryCredentialStore implements CredentialStore {

    private SessionCredentials credentials;

    @Override
    public Optional<SessionCredentials> current() {
        return Optional.ofNullable(credentials);
    }

    @Override
    public void store(SessionCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public void clear() {
        credentials = null;
    }
}
