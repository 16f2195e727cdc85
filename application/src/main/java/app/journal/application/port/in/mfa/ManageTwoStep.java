package app.journal.application.port.in.mfa;

import app.journal.application.port.out.TrustedBrowsers.TrustedBrowser;
import app.journal.domain.session.SessionId;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import app.journal.application.port.in.ClientInfo;
import app.journal.application.port.in.session.SecondStepFailedException;

/**
 * Two-step verification on one's own account: set it up, turn it on with a first code, turn it off, make
 * new recovery codes, forget trusted browsers. Setting up, turning off and new codes need a confirmed
 * session ({@link ConfirmationGate}).
 */
public interface ManageTwoStep {

    /** @param trustToken the caller's trusted-browser mark, if it sent one: its browser is marked current */
    Status status(UserId userId, SessionId sessionId, @Nullable String trustToken);

    /**
     * Starts (or restarts) an enrolment. Two-step verification stays off until {@link #enable}.
     *
     * @throws ReauthenticationRequiredException unless the session is confirmed
     * @throws TwoStepConflictException when it is on already
     */
    Setup setUp(UserId userId, SessionId sessionId);

    /**
     * Turns it on with the first code from the app; the answer is the recovery codes, shown this once.
     *
     * @throws SecondStepFailedException when the code does not work
     * @throws TwoStepConflictException when there is no enrolment or it is on already
     */
    List<String> enable(UserId userId, @Nullable String code, ClientInfo client);

    /** @throws ReauthenticationRequiredException unless confirmed; {@link TwoStepConflictException} when off */
    void disable(UserId userId, SessionId sessionId, ClientInfo client);

    /** A new set; the earlier set is void. Same refusals as {@link #disable}. */
    List<String> newRecoveryCodes(UserId userId, SessionId sessionId, ClientInfo client);

    /** @return false when the account has no such trusted browser */
    boolean forgetBrowser(UserId userId, UUID browserId, ClientInfo client);

    record Status(boolean enabled, @Nullable Instant enabledAt, int recoveryCodesLeft, @Nullable Instant confirmedUntil,
            List<TrustedBrowser> trustedBrowsers, @Nullable UUID currentBrowser) {}

    /** The key for the app: as text (base32) and as the otpauth URI a QR code carries. */
    record Setup(String secret, String otpauthUri) {
        @Override
        public String toString() {
            return "Setup[secret=redacted]";
        }
    }
}
