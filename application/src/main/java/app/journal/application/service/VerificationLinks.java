package app.journal.application.service;

import app.journal.application.port.out.VerificationMailer;
import app.journal.application.port.out.VerificationTokens;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.UserId;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Builds a verification link from the configured page URL (never from a request) and mails it. */
public final class VerificationLinks {

    private final VerificationTokens tokens;
    private final VerificationMailer mailer;
    private final URI verifyPageUrl;

    public VerificationLinks(VerificationTokens tokens, VerificationMailer mailer, URI verifyPageUrl) {
        this.tokens = tokens;
        this.mailer = mailer;
        this.verifyPageUrl = verifyPageUrl;
    }

    void send(UserId userId, EmailAddress email) {
        var token = tokens.issue(userId, email);
        var separator = verifyPageUrl.getRawQuery() == null ? "?" : "&";
        mailer.sendVerification(email, URI.create(verifyPageUrl + separator + "token="
                + URLEncoder.encode(token, StandardCharsets.UTF_8)));
    }
}
