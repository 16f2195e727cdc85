package app.journal.webui.api;

/**
 * Finds the {@link CredentialHolder} of the browser session {@link JournalApiClient} is serving. The web
 * UI's implementation keeps one holder per Vaadin session; tests hand out one holder of their own.
 */
@FunctionalInterface
public interface CredentialStore {

    /** The holder of the current browser session, created empty on first use. */
    CredentialHolder holder();
}
