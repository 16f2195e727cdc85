package app.journal.webui.api;

/** The credentials of one pretend browser session: a single holder, shared by every caller. */
final class InMemoryCredentialStore implements CredentialStore {

    private final CredentialHolder holder = new CredentialHolder();

    @Override
    public CredentialHolder holder() {
        return holder;
    }
}
