package app.journal.application.service.account;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The one place that builds the links Journal mails: from the configured public base URL
 * ({@code journal.public-base-url}), never from a request's Host or forwarded headers.
 */
public final class AccountLinks {

    private final String base;

    public AccountLinks(URI publicBaseUrl) {
        Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
        if (publicBaseUrl.getRawQuery() != null || publicBaseUrl.getRawFragment() != null) {
            throw new IllegalArgumentException("the public base URL takes no query or fragment: " + publicBaseUrl);
        }
        this.base = publicBaseUrl.toString().replaceAll("/+$", "");
    }

    /** {@code <base>/verify?token=<url-encoded token>}. */
    public URI verify(String token) {
        return URI.create(base + "/verify?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    /** {@code <base>/reset?token=<url-encoded token>}: where a password reset link opens. */
    public URI reset(String token) {
        return URI.create(base + "/reset?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    /** {@code <base>/confirm-email?token=<url-encoded token>}: where an email-change link opens. */
    public URI confirmEmail(String token) {
        return URI.create(base + "/confirm-email?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    /** {@code <base>/cancel-email-change?token=<url-encoded token>}: where "this was not me" opens. */
    public URI cancelEmailChange(String token) {
        return URI.create(base + "/cancel-email-change?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    /** {@code <base>/forgot}: where a person who did not change their password takes it back. */
    public URI forgot() {
        return URI.create(base + "/forgot");
    }

    /** {@code <base>/account/activity}: what happened to the account. */
    public URI activity() {
        return URI.create(base + "/account/activity");
    }

    /** {@code <base>/}: Journal itself. */
    public URI home() {
        return URI.create(base + "/");
    }

    /** {@code <base>/account/devices}: where a person reviews and signs out their devices. */
    public URI devices() {
        return URI.create(base + "/account/devices");
    }

    /** {@code <base>/account/security}: two-step verification, recovery codes and trusted browsers. */
    public URI security() {
        return URI.create(base + "/account/security");
    }
}
