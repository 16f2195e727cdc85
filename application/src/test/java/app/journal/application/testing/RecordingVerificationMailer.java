package app.journal.application.testing;

import app.journal.application.port.out.VerificationMailer;
import app.journal.domain.user.EmailAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A {@link VerificationMailer} that sends nothing and remembers every message, in order. */
public final class RecordingVerificationMailer implements VerificationMailer {

    private final List<Sent> sent = new ArrayList<>();

    public RecordingVerificationMailer() {}

    @Override
    public synchronized void sendVerification(EmailAddress to, URI link) {
        sent.add(new Sent(to, link));
    }

    public synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** The one message sent so far; fails when there were none or several. */
    public synchronized Sent single() {
        if (sent.size() != 1) {
            throw new AssertionError("expected exactly one verification mail, but " + sent.size() + " were sent");
        }
        return sent.getFirst();
    }

    public synchronized Sent last() {
        if (sent.isEmpty()) {
            throw new AssertionError("no verification mail was sent");
        }
        return sent.getLast();
    }

    public synchronized void clear() {
        sent.clear();
    }

    public record Sent(EmailAddress to, URI link) {

        /** The link's {@code token} query parameter, decoded; fails when the link has none. */
        public String token() {
            String query = link.getRawQuery();
            if (query != null) {
                for (String parameter : query.split("&")) {
                    if (parameter.startsWith("token=")) {
                        return URLDecoder.decode(parameter.substring("token=".length()), StandardCharsets.UTF_8);
                    }
                }
            }
            throw new AssertionError("the link " + link + " carries no token");
        }
    }
}
