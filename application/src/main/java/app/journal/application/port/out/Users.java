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

    /**
     * Moves the account to {@code email} and marks it verified (the new address just proved itself).
     *
     * @throws EmailTakenException when another account has that address (the database's unique key
     *     decides, also under a race); in a unit of work, the whole unit then rolls back
     */
    void changeEmail(UserId id, EmailAddress email, Instant now);

    /**
     * Deletes the account; its entries, activity and mail go with it. True when it existed. End its sessions
     * first ({@link UserSessions#revokeAll}): the schema's cascade would delete them too, and every node
     * would hear of it, but only {@link UserSessions} tells this node at once.
     */
    boolean delete(UserId id);

    /** Sets the account's roles; true when it exists. */
    boolean changeRoles(UserId id, java.util.Set<app.journal.domain.user.Role> roles, Instant now);

    /** Disables the account ({@code disabledAt} non-null) or enables it (null); true when this call changed it. */
    boolean changeDisabled(UserId id, @org.jspecify.annotations.Nullable Instant disabledAt, Instant now);

    /** Notes the start of a session (what administrators see as "last sign-in"). */
    void signedIn(UserId id, Instant now);

    /** Another account already has this address. */
    final class EmailTakenException extends RuntimeException {
        public EmailTakenException() {
            super("The address belongs to another account");
        }
    }
}
