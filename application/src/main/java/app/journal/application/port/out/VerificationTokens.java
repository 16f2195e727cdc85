package app.journal.application.port.out;

import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.UserId;
import java.util.Optional;

/** Mints and reads the short-lived, single-purpose token that a verification link carries. */
public interface VerificationTokens {

    String issue(UserId userId, EmailAddress email);

    /** Empty for anything that is not a valid, unexpired verification token of ours. */
    Optional<Claim> read(String token);

    record Claim(UserId userId, EmailAddress email) {}
}
