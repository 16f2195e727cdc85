package app.journal.application.port.out;

import app.journal.domain.user.EmailAddress;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * A mail ready to send, in words and one link, but not yet in a format: the sender lays it out as
 * plain text and HTML. The link may carry a credential (a verification token), so a sender never logs it.
 *
 * @param before    paragraphs before the link (the greeting first)
 * @param linkLabel what the link does ("Confirm my email"), the HTML button's text
 * @param after     paragraphs after the link (the sign-off last)
 */
public record OutgoingMail(EmailAddress to, String subject, List<String> before, String linkLabel, URI link,
        List<String> after) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(linkLabel, "linkLabel");
        Objects.requireNonNull(link, "link");
        before = List.copyOf(before);
        after = List.copyOf(after);
        if (subject.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a subject is one line");
        }
    }
}
