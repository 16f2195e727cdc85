package app.journal.bootstrap;

import app.journal.application.port.out.PasswordHasher;
import app.journal.domain.user.PasswordHash;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** Hashing time as a metric: auth_password_hash_seconds{operation=hash|verify}. */
final class TimedPasswordHasher implements PasswordHasher {

    private final PasswordHasher delegate;
    private final Timer hashTimer;
    private final Timer verifyTimer;

    TimedPasswordHasher(PasswordHasher delegate, MeterRegistry registry) {
        this.delegate = delegate;
        this.hashTimer = Timer.builder("auth.password.hash").tag("operation", "hash").register(registry);
        this.verifyTimer = Timer.builder("auth.password.hash").tag("operation", "verify").register(registry);
    }

    @Override
    public Admission admit() {
        return delegate.admit();
    }

    @Override
    public boolean saturated() {
        return delegate.saturated();
    }

    @Override
    public PasswordHash hash(String password) {
        return hashTimer.record(() -> delegate.hash(password));
    }

    @Override
    public boolean verify(String password, PasswordHash hash) {
        return verifyTimer.record(() -> delegate.verify(password, hash));
    }

    @Override
    public void verifyAgainstDummy(String password) {
        verifyTimer.record(() -> delegate.verifyAgainstDummy(password));
    }

    @Override
    public boolean needsRehash(PasswordHash hash) {
        return delegate.needsRehash(hash);
    }
}
