package app.journal.application.port.out;

import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.PasswordHash;
import app.journal.domain.user.User;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

public interface Users {

    Optional<User> findById(UserId id);

    Optional<User> findByEmail(EmailAddress email);

    /** Inserts the user unless the email is taken (atomically); true when it was inserted. */
    boolean addIfEmailFree(User user);

    /** Marks the email verified if it was not; true when this call did it. */
    boolean markVerified(UserId id, Instant now);

    void changePasswordHash(UserId id, PasswordHash hash, Instant now);
}
