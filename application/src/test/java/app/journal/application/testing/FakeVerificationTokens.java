package app.journal.application.testing;

import app.journal.application.port.out.VerificationTokens;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.UserId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@link VerificationTokens} a test can read: {@link #issue} returns
 * {@code "vt:<userId>:<email>:<n>"} with a counter {@code n}, so every token is different, and
 * {@link #read} parses that back. Like a signed token, only what this instance issued is accepted
 * (a hand-made string of the same shape is not), and tokens can be expired one by one or all at
 * once. The separator {@code :} may also occur in an email's local part, which the parser allows for.
 */
public final class FakeVerificationTokens implements VerificationTokens {

    private static final String PREFIX = "vt:";
    private static final int UUID_LENGTH = 36;

    private final List<String> issued = new ArrayList<>();
    private final Set<String> expired = new HashSet<>();
    private int counter;

    public FakeVerificationTokens() {}

    @Override
    public synchronized String issue(UserId userId, EmailAddress email) {
        var token = PREFIX + userId + ":" + email.value() + ":" + (++counter);
        issued.add(token);
        return token;
    }

    @Override
    public synchronized Optional<Claim> read(String token) {
        if (!issued.contains(token) || expired.contains(token)) {
            return Optional.empty();
        }
        return Optional.of(parse(token));
    }

    /** From now on {@code token} reads as expired (empty). */
    public synchronized void expire(String token) {
        expired.add(token);
    }

    /** Every token issued so far reads as expired. */
    public synchronized void expireAll() {
        expired.addAll(issued);
    }

    /** Every token issued so far, oldest first. */
    public synchronized List<String> issued() {
        return List.copyOf(issued);
    }

    private static Claim parse(String token) {
        var rest = token.substring(PREFIX.length());
        var userId = new UserId(UUID.fromString(rest.substring(0, UUID_LENGTH)));
        var email = rest.substring(UUID_LENGTH + 1, rest.lastIndexOf(':'));
        return new Claim(userId, new EmailAddress(email));
    }
}
