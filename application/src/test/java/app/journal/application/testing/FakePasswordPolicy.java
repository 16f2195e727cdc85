package app.journal.application.testing;

import app.journal.application.port.out.PasswordPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link PasswordPolicy} that finds weak exactly the passwords it was told to reject, each with
 * its reason, and remembers the user inputs it was given so a test can check what the use case
 * passed. Everything else is strong enough.
 */
public final class FakePasswordPolicy implements PasswordPolicy {

    private final Map<String, String> rejected = new LinkedHashMap<>();
    private final List<List<String>> userInputsSeen = new ArrayList<>();

    public FakePasswordPolicy() {}

    /** From now on {@code password} is weak, for {@code reason}. Returns this, for chaining. */
    public synchronized FakePasswordPolicy reject(String password, String reason) {
        rejected.put(password, reason);
        return this;
    }

    @Override
    public synchronized Optional<String> weakness(String password, List<String> userInputs) {
        userInputsSeen.add(List.copyOf(userInputs));
        return Optional.ofNullable(rejected.get(password));
    }

    /** The user inputs of every call so far, oldest first. */
    public synchronized List<List<String>> userInputsSeen() {
        return List.copyOf(userInputsSeen);
    }

    public synchronized int calls() {
        return userInputsSeen.size();
    }
}
