package app.journal.application.testing;

import static app.journal.application.testing.StorageTime.micros;
import static app.journal.application.testing.StorageTime.microsOrNull;

import app.journal.application.port.out.Users;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.PasswordHash;
import app.journal.domain.user.User;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Users} in a map, behaving like the jOOQ adapter (see {@code UsersContract}): one account
 * per email, a taken id refused like a primary key would refuse it, microsecond timestamps. Unlike
 * the migrated database it starts without the demo user; add it with {@link #addIfEmailFree} when a
 * test needs it.
 */
public final class InMemoryUsers implements Users {

    private final Map<UserId, User> users = new LinkedHashMap<>();

    public InMemoryUsers() {}

    @Override
    public synchronized Optional<User> findById(UserId id) {
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public synchronized Optional<User> findByEmail(EmailAddress email) {
        return users.values().stream().filter(user -> user.email().equals(email)).findFirst();
    }

    @Override
    public synchronized boolean addIfEmailFree(User user) {
        if (findByEmail(user.email()).isPresent()) {
            return false;
        }
        if (users.containsKey(user.id())) {
            throw new IllegalStateException("duplicate key: a user with id " + user.id() + " exists");
        }
        users.put(user.id(), new User(user.id(), user.email(), user.passwordHash(),
                microsOrNull(user.emailVerifiedAt()), user.roles(), microsOrNull(user.disabledAt()),
                micros(user.createdAt()), micros(user.updatedAt())));
        return true;
    }

    @Override
    public synchronized boolean markVerified(UserId id, Instant now) {
        User user = users.get(id);
        if (user == null || user.isVerified()) {
            return false;
        }
        users.put(id, new User(id, user.email(), user.passwordHash(), micros(now), user.roles(),
                user.disabledAt(), user.createdAt(), micros(now)));
        return true;
    }

    @Override
    public synchronized boolean changeRoles(UserId id, java.util.Set<app.journal.domain.user.Role> roles, Instant now) {
        User user = users.get(id);
        if (user == null) {
            return false;
        }
        users.put(id, new User(id, user.email(), user.passwordHash(), user.emailVerifiedAt(), roles,
                user.disabledAt(), user.createdAt(), micros(now)));
        return true;
    }

    @Override
    public synchronized boolean changeDisabled(UserId id, @org.jspecify.annotations.Nullable Instant disabledAt,
            Instant now) {
        User user = users.get(id);
        if (user == null || user.isDisabled() == (disabledAt != null)) {
            return false;
        }
        users.put(id, new User(id, user.email(), user.passwordHash(), user.emailVerifiedAt(), user.roles(),
                disabledAt == null ? null : micros(disabledAt), user.createdAt(), micros(now)));
        return true;
    }

    @Override
    public synchronized void signedIn(UserId id, Instant now) {}

    @Override
    public synchronized void changePasswordHash(UserId id, PasswordHash hash, Instant now) {
        User user = users.get(id);
        if (user == null) {
            return; // like an UPDATE that matches no row
        }
        users.put(id, new User(id, user.email(), hash, user.emailVerifiedAt(), user.roles(), user.disabledAt(),
                user.createdAt(), micros(now)));
    }

    @Override
    public synchronized void changeEmail(UserId id, EmailAddress email, Instant now) {
        User user = users.get(id);
        if (user == null) {
            return;
        }
        if (findByEmail(email).filter(other -> !other.id().equals(id)).isPresent()) {
            throw new EmailTakenException();
        }
        users.put(id, new User(id, email, user.passwordHash(),
                user.emailVerifiedAt() == null ? micros(now) : user.emailVerifiedAt(), user.roles(),
                user.disabledAt(), user.createdAt(), micros(now)));
    }

    @Override
    public synchronized boolean delete(UserId id) {
        return users.remove(id) != null;
    }

    /**
     * Disables the account as an administrator would (no port does this yet): for tests of what a
     * disabled account can no longer do. Does nothing for an unknown id.
     */
    public synchronized void disable(UserId id, Instant now) {
        User user = users.get(id);
        if (user == null || user.isDisabled()) {
            return;
        }
        users.put(id, new User(id, user.email(), user.passwordHash(), user.emailVerifiedAt(), user.roles(),
                micros(now), user.createdAt(), micros(now)));
    }

    /** Every stored user, in insertion order: for assertions in tests. */
    public synchronized List<User> all() {
        return List.copyOf(users.values());
    }
}
