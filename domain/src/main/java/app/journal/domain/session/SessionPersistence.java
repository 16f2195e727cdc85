package app.journal.domain.session;

/**
 * Whether a sign-in is meant to outlive the browser ("keep me signed in"). It decides the session's
 * absolute lifetime ({@link SessionPolicy#lifetimeOf(SessionPersistence)}); the server does not store
 * it with the session, the client's refresh token carries it, so every rotation hands it on unchanged.
 */
public enum SessionPersistence {

    /** "Keep me signed in": the session lives for the policy's absolute lifetime. */
    PERSISTENT,

    /** Until the browser closes: the session lives for the policy's shorter browser-session lifetime. */
    BROWSER_SESSION
}
