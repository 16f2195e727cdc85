package app.journal.adapter.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What every mail we send is signed with.
 *
 * @param from        the From header, one RFC 5322 address, optionally with a display name
 *                    ({@code Journal <no-reply@journal.example>}); read by bootstrap from {@code journal.mail.from}
 * @param productName the name the text speaks of ("Confirm your email for Journal")
 */
public record MailSettings(String from, String productName) {

    /** {@code .invalid} (RFC 2606) never resolves: set {@code journal.mail.from} for real deployments. */
    public static final String DEFAULT_FROM = "Journal <no-reply@journal.invalid>";
    public static final String DEFAULT_PRODUCT_NAME = "Journal";

    public MailSettings {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(productName, "productName");
        from = from.strip();
        productName = productName.strip();
        requireOneLine("from", from);
        requireOneLine("productName", productName);
        parse(from);
    }

    public static MailSettings defaults() {
        return new MailSettings(DEFAULT_FROM, DEFAULT_PRODUCT_NAME);
    }

    /** These settings with another From; an unset ({@code null}) or blank value keeps the current one. */
    public MailSettings withFrom(@Nullable String newFrom) {
        return newFrom == null || newFrom.isBlank() ? this : new MailSettings(newFrom, productName);
    }

    InternetAddress fromAddress() {
        return parse(from);
    }

    private static InternetAddress parse(String from) {
        try {
            InternetAddress[] addresses = InternetAddress.parse(from, true);
            if (addresses.length != 1) {
                throw new IllegalArgumentException("from must be exactly one address, was: " + from);
            }
            addresses[0].validate();
            return addresses[0];
        } catch (AddressException e) {
            throw new IllegalArgumentException("from is not a valid address: " + from, e);
        }
    }

    private static void requireOneLine(String name, String value) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        // Both end up in headers: a line break would let a value add headers of its own.
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(name + " must not contain control characters");
        }
    }
}
