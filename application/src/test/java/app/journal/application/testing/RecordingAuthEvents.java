package app.journal.application.testing;

import app.journal.application.port.out.AuthEvents;
import app.journal.domain.session.RevokeReason;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link AuthEvents} that remembers every event in order, as {@code "loginSucceeded"},
 * {@code "loginFailed:BAD_PASSWORD"}, {@code "refreshRotated"}, {@code "sessionRevoked:LOGOUT"},
 * {@code "refreshReuseDetected"}, and counts them per event and reason. Thread-safe.
 */
public final class RecordingAuthEvents implements AuthEvents {

    private final List<String> events = new ArrayList<>();

    public RecordingAuthEvents() {}

    @Override
    public synchronized void loginSucceeded() {
        events.add("loginSucceeded");
    }

    @Override
    public synchronized void loginFailed(LoginFailure reason) {
        events.add("loginFailed:" + reason);
    }

    @Override
    public synchronized void refreshRotated() {
        events.add("refreshRotated");
    }

    @Override
    public synchronized void sessionRevoked(RevokeReason reason) {
        events.add("sessionRevoked:" + reason);
    }

    @Override
    public synchronized void refreshReuseDetected() {
        events.add("refreshReuseDetected");
    }

    /** Every event so far, oldest first. */
    public synchronized List<String> events() {
        return List.copyOf(events);
    }

    public int loginsSucceeded() {
        return count("loginSucceeded");
    }

    public int loginFailures(LoginFailure reason) {
        return count("loginFailed:" + reason);
    }

    public int loginFailures() {
        return countPrefix("loginFailed:");
    }

    public int rotations() {
        return count("refreshRotated");
    }

    public int revocations(RevokeReason reason) {
        return count("sessionRevoked:" + reason);
    }

    public int revocations() {
        return countPrefix("sessionRevoked:");
    }

    public int reusesDetected() {
        return count("refreshReuseDetected");
    }

    private synchronized int count(String event) {
        return (int) events.stream().filter(event::equals).count();
    }

    private synchronized int countPrefix(String prefix) {
        return (int) events.stream().filter(e -> e.startsWith(prefix)).count();
    }
}
