package app.journal.adapter.rest.auth.transport;

import app.journal.adapter.rest.token.IssuedToken;
import app.journal.domain.session.SessionId;
import app.journal.domain.session.SessionPersistence;

/** The tokens issued for a session at sign-in or rotation. {@link IssuedToken} never shows its value. */
public record SessionTokens(IssuedToken access, IssuedToken refresh, SessionId sessionId,
        SessionPersistence persistence) {}
