package app.journal.application.port.in.session;

import app.journal.domain.session.SessionPersistence;
import app.journal.domain.session.UserSession;
import app.journal.domain.user.User;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How an attempt to sign in ended: every way of proving who one is (password, second step, and later
 * passkeys) answers with one of these, and one switch in the web adapter turns it into tokens or a refusal.
 * Expected outcomes are values, not exceptions; only overload and rate limits are thrown.
 */
public sealed interface SignInResult {

    /**
     * A session exists. {@code amr} names how the person proved it (RFC 8176 values: {@code pwd}, {@code otp},
     * ...); {@code trust} is the mark for a browser the person asked to trust, to be handed to it.
     */
    record SignedIn(User user, UserSession session, SessionPersistence persistence, List<String> amr,
            @Nullable TrustMark trust) implements SignInResult {
        public SignedIn {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(persistence, "persistence");
            amr = List.copyOf(amr);
        }
    }

    /**
     * The password was right and the account wants a second step: no session exists and no token is issued
     * until {@link CompleteSecondStep} succeeds with {@code token}.
     *
     * @param methods what the second step accepts: {@code totp}, {@code recovery_code}
     */
    record SecondStepRequired(String token, Instant expiresAt, List<String> methods) implements SignInResult {
        public SecondStepRequired {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(expiresAt, "expiresAt");
            methods = List.copyOf(methods);
        }

        @Override
        public String toString() {
            return "SecondStepRequired[token=redacted, expiresAt=" + expiresAt + ", methods=" + methods + "]";
        }
    }

    /** No. The reason is for the adapter's choice of answer, which never tells more than the reason's words. */
    record Refused(Refusal reason) implements SignInResult {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }

    enum Refusal {
        /** Unknown address, wrong password, unverified or disabled: deliberately one answer. */
        CREDENTIALS,
        /** The second step's code (or recovery code) did not work. Says nothing about the password. */
        CODE,
        /** The pending second step is unknown, expired, used, or had too many wrong codes: start again. */
        SECOND_STEP_EXPIRED,
        /**
         * The passkey did not work: unknown or used ceremony, unknown credential, a failed check (signature,
         * origin, challenge, user verification), a counter that went backwards, or an account that cannot sign in.
         */
        PASSKEY
    }

    /** A browser's trust mark: the secret for its cookie (stored only hashed) and when it ends. */
    record TrustMark(String token, Instant expiresAt) {
        public TrustMark {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }

        @Override
        public String toString() {
            return "TrustMark[token=redacted, expiresAt=" + expiresAt + "]";
        }
    }
}
