package app.journal.application.service.account;

import app.journal.application.port.in.account.DeliverAccountMail;
import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.AccountMailKind;
import app.journal.application.port.out.AccountMailOutbox;
import app.journal.application.port.out.AccountTokens;
import app.journal.application.port.out.AccountMailOutbox.Claim;
import app.journal.application.port.out.MailEvents;
import app.journal.application.port.out.MailSender;
import app.journal.application.port.out.UnitOfWork;
import app.journal.application.port.out.VerificationTokens;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import app.journal.application.service.LinkTokens;
import app.journal.application.service.PendingGrants;

/**
 * The one delivery path of account mail: claim what is due in the outbox, turn each mail into words
 * and one link, send it, and record the outcome. Link tokens (verification, password reset, email
 * change, cancel email change) are minted here, at delivery, so the outbox never holds one; a token
 * minted for a mail replaces the account's earlier one of its purpose, so the newest mail's link is the
 * one that works. A link mail withdrawn by a credential change ({@link PendingGrants}) mints nothing.
 * A failed attempt is retried after an exponential backoff
 * ({@code backoffBase * 2^(attempt-1)}); after {@code maxAttempts} the mail is given up and counted as
 * undeliverable.
 *
 * @see "docs/decisions/0005-durable-account-mail.md"
 */
public final class DeliverAccountMailService implements DeliverAccountMail {

    private static final Logger log = Logger.getLogger(DeliverAccountMailService.class.getName());
    private static final Duration MAX_BACKOFF = Duration.ofHours(24);

    private final AccountMailOutbox outbox;
    private final MailSender sender;
    private final VerificationTokens tokens;
    private final LinkTokens linkTokens;
    private final AccountLinks links;
    private final AccountMailContent content;
    private final MailEvents events;
    private final Settings settings;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public DeliverAccountMailService(AccountMailOutbox outbox, MailSender sender, VerificationTokens tokens,
            LinkTokens linkTokens, AccountLinks links, String productName, MailEvents events, Settings settings,
            UnitOfWork unitOfWork, Clock clock) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.linkTokens = Objects.requireNonNull(linkTokens, "linkTokens");
        this.links = Objects.requireNonNull(links, "links");
        this.content = new AccountMailContent(productName);
        this.events = Objects.requireNonNull(events, "events");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param batchSize   how many mails one call claims at most
     * @param maxAttempts attempts before a mail is given up
     * @param backoffBase the wait after the first failed attempt; it doubles with each further one
     * @param lease       how long a claimed mail is not offered to anyone else; longer than a batch takes
     */
    public record Settings(int batchSize, int maxAttempts, Duration backoffBase, Duration lease) {
        public Settings {
            if (batchSize < 1 || maxAttempts < 1) {
                throw new IllegalArgumentException("batchSize and maxAttempts must be at least 1");
            }
            if (backoffBase.isNegative() || backoffBase.isZero() || lease.isNegative() || lease.isZero()) {
                throw new IllegalArgumentException("backoffBase and lease must be positive");
            }
        }
    }

    @Override
    public int deliverDue() {
        Instant now = clock.instant();
        var claims = outbox.claimDue(now, settings.batchSize(), now.plus(settings.lease()));
        for (Claim claim : claims) {
            deliver(claim);
        }
        return claims.size();
    }

    private void deliver(Claim claim) {
        var kind = AccountMailKind.of(claim.mail());
        if (claim.mail() instanceof AccountMail.PasswordResetLink reset && reset.userId() == null) {
            // Asked for an address without a usable account: queued only so that both cases do the
            // same work. Nothing is sent (and nothing counted as sent).
            outbox.delivered(claim);
            return;
        }
        var link = mintsAccountToken(claim.mail())
                ? unitOfWork.inTransaction(() -> outbox.hold(claim) ? linkFor(claim.mail()) : null)
                : linkFor(claim.mail());
        if (link == null) {
            // Withdrawn since the claim (a credential change voided the account's pending links) or the
            // claim was lost: no token was minted, nothing is sent.
            log.info(() -> "Mail " + claim.id() + " (" + kind.code() + ") was withdrawn before delivery");
            return;
        }
        try {
            sender.send(content.render(claim.mail(), link));
        } catch (RuntimeException e) {
            failed(claim, kind, e);
            return;
        }
        events.sent(kind);
        if (!outbox.delivered(claim)) {
            log.warning(() -> "Mail " + claim.id() + " (" + kind.code() + ") was sent after its claim had "
                    + "expired; another node may send it again. Raise the lease.");
        }
    }

    /**
     * The mails whose link is a token in {@link AccountTokens}: minted under {@link AccountMailOutbox#hold},
     * so a concurrent withdrawal either wins (nothing is minted) or deletes what was minted.
     */
    private static boolean mintsAccountToken(AccountMail mail) {
        return mail instanceof AccountMail.PasswordResetLink || mail instanceof AccountMail.EmailChangeLink
                || mail instanceof AccountMail.EmailChangeRequested;
    }

    private URI linkFor(AccountMail mail) {
        return switch (mail) {
            case AccountMail.Verification v -> links.verify(tokens.issue(v.userId(), v.to()));
            case AccountMail.PasswordResetLink r -> links.reset(linkTokens.issue(Objects.requireNonNull(r.userId()),
                    AccountTokens.Purpose.PASSWORD_RESET, r.to()));
            case AccountMail.EmailChangeLink e -> links.confirmEmail(linkTokens.issue(e.userId(),
                    AccountTokens.Purpose.EMAIL_CHANGE, e.to()));
            case AccountMail.PasswordChanged _ -> links.forgot();
            case AccountMail.EmailChangeRequested r -> links.cancelEmailChange(linkTokens.issue(r.userId(),
                    AccountTokens.Purpose.EMAIL_CHANGE_CANCEL, r.to()));
            case AccountMail.EmailChanged _ -> links.activity();
            case AccountMail.AccountDeleted _ -> links.home();
            case AccountMail.TwoStepNotice _ -> links.security();
            case AccountMail.PasskeyNotice _ -> links.security();
            case AccountMail.AdminNotice _ -> links.security();
            case AccountMail.NewDeviceSignIn _, AccountMail.RefreshTokenReplayed _,
                 AccountMail.OtherDevicesSignedOut _ -> links.devices();
        };
    }

    private void failed(Claim claim, AccountMailKind kind, RuntimeException failure) {
        events.failed(kind);
        String reason = failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        if (claim.attempt() >= settings.maxAttempts()) {
            outbox.giveUp(claim);
            events.undeliverable(kind);
            log.log(Level.WARNING, () -> "Gave up on mail " + claim.id() + " (" + kind.code() + ") after "
                    + claim.attempt() + " attempts: " + reason);
            return;
        }
        Instant next = clock.instant().plus(backoff(claim.attempt()));
        outbox.retryLater(claim, next, reason);
        log.log(Level.INFO, () -> "Mail " + claim.id() + " (" + kind.code() + "), attempt " + claim.attempt()
                + " failed, next attempt at " + next + ": " + reason);
    }

    /** The wait after failed attempt {@code attempt} (1-based): base, 2 base, 4 base, ... at most a day. */
    Duration backoff(int attempt) {
        int doublings = Math.min(attempt - 1, 30);
        Duration wait = settings.backoffBase().multipliedBy(1L << doublings);
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }
}
