package app.journal.adapter.rest.security;

import app.journal.adapter.rest.token.AccessClaims;

/** Reads a bearer access token into what it says, or throws InvalidTokenException. */
@FunctionalInterface
public interface AccessTokenVerifier {

    AccessClaims verify(String token);
}
