package app.journal.adapter.rest.sessions;

/** How many sessions "sign out all other devices" ended. */
public record RevokedResponse(int revoked) {}
