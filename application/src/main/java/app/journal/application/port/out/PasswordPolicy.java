package app.journal.application.port.out;

import java.util.List;
import java.util.Optional;

/** Judges how guessable a password is (common, dictionary-based, close to the user's own data). */
public interface PasswordPolicy {

    /** Empty when the password is strong enough; otherwise a short, human reason. */
    Optional<String> weakness(String password, List<String> userInputs);
}
