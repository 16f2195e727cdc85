package app.journal.bootstrap;

import app.journal.application.port.out.Users;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.PasswordHash;
import app.journal.domain.user.User;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * The accounts store, telling {@link SessionEndingsBarrier} when a deleted account took its sessions
 * with it (the database's cascade ends them).
 */
final class EndingAwareUsers implements Users {

    private final Users store;
    private final SessionEndingsBarrier barrier;

    EndingAwareUsers(Users store, SessionEndingsBarrier barrier) {
        this.store = store;
        this.barrier = barrier;
    }

    @Override
    public Optional<User> findById(UserId id) {
        return store.findById(id);
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return store.findByEmail(email);
    }

    @Override
    public boolean addIfEmailFree(User user) {
        return store.addIfEmailFree(user);
    }

    @Override
    public boolean markVerified(UserId id, Instant now) {
        return store.markVerified(id, now);
    }

    @Override
    public void changePasswordHash(UserId id, PasswordHash hash, Instant now) {
        store.changePasswordHash(id, hash, now);
    }

    @Override
    public void changeEmail(UserId id, EmailAddress email, Instant now) {
        store.changeEmail(id, email, now);
    }

    @Override
    public boolean delete(UserId id) {
        boolean deleted = store.delete(id);
        if (deleted) {
            barrier.sessionsEnded();
        }
        return deleted;
    }
}
