package app.journal.application.port.out;

import app.journal.domain.session.SessionId;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Every mail Journal sends to an account holder. Each kind says what happened; none carries a live
 * secret: a link's token is minted when the mail is delivered, so the outbox holds nothing that could
 * be replayed.
 */
public sealed interface AccountMail
        permits AccountMail.Verification, AccountMail.NewDeviceSignIn, AccountMail.RefreshTokenReplayed,
                AccountMail.OtherDevicesSignedOut, AccountMail.PasswordResetLink, AccountMail.PasswordChanged,
                AccountMail.EmailChangeLink, AccountMail.EmailChangeRequested, AccountMail.EmailChanged,
                AccountMail.AccountDeleted, AccountMail.TwoStepNotice, AccountMail.PasskeyNotice,
                AccountMail.AdminNotice {

    /**
     * The account the mail is about; absent for a reset asked for an address without a usable account
     * (queued all the same, so both cases do the same work, and dropped at delivery) and for the notice
     * of a deleted account (the account is gone; the mail must outlive it).
     */
    @Nullable UserId userId();

    /** Where it goes. */
    EmailAddress to();

    /** "Confirm your address": the link's token is minted at delivery from (userId, to). */
    record Verification(UserId userId, EmailAddress to) implements AccountMail {
        public Verification {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(to, "to");
        }
    }

    /** A sign-in from a device this account had not used before. */
    record NewDeviceSignIn(UserId userId, EmailAddress to, Instant at, String device, @Nullable String clientIp,
            SessionId sessionId) implements AccountMail {
        public NewDeviceSignIn {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(device, "device");
            Objects.requireNonNull(sessionId, "sessionId");
        }
    }

    /**
     * An old refresh token of a session was presented again (a copy was stolen, or a device misbehaves):
     * that session was signed out.
     */
    record RefreshTokenReplayed(UserId userId, EmailAddress to, Instant at, String device, @Nullable String clientIp,
            SessionId sessionId) implements AccountMail {
        public RefreshTokenReplayed {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(device, "device");
            Objects.requireNonNull(sessionId, "sessionId");
        }
    }

    /** The person signed out every other device; {@code device}/{@code clientIp} are the one that asked. */
    record OtherDevicesSignedOut(UserId userId, EmailAddress to, Instant at, String device, @Nullable String clientIp,
            int signedOut) implements AccountMail {
        public OtherDevicesSignedOut {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(device, "device");
        }
    }

    /**
     * "Reset your password": the link's token is minted at delivery and only its hash stored. With no
     * {@code userId} (no usable account has this address) nothing is sent: the row exists only so that
     * asking for an unknown address does the same work as for a known one.
     */
    record PasswordResetLink(@Nullable UserId userId, EmailAddress to) implements AccountMail {
        public PasswordResetLink {
            Objects.requireNonNull(to, "to");
        }
    }

    /**
     * The password was changed ({@code viaReset}: through a reset link, every device signed out;
     * otherwise while signed in, {@code signedOut} other devices signed out). {@code device} and
     * {@code clientIp} are the one that did it.
     */
    record PasswordChanged(UserId userId, EmailAddress to, Instant at, String device, @Nullable String clientIp,
            int signedOut, boolean viaReset) implements AccountMail {
        public PasswordChanged {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(device, "device");
        }
    }

    /** "Confirm your new address", sent to the new address {@code to}; its token is minted at delivery. */
    record EmailChangeLink(UserId userId, EmailAddress to) implements AccountMail {
        public EmailChangeLink {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(to, "to");
        }
    }

    /**
     * To the current address {@code to}, at once: a change to {@code newEmail} was asked for by
     * {@code device} at {@code at}; its link (minted at delivery) cancels the change. The mail shows the
     * new address masked ({@link #maskedNewEmail}), the way {@link EmailChanged} names none.
     */
    record EmailChangeRequested(UserId userId, EmailAddress to, Instant at, String device, @Nullable String clientIp,
            EmailAddress newEmail) implements AccountMail {
        public EmailChangeRequested {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(device, "device");
            Objects.requireNonNull(newEmail, "newEmail");
        }

        @Override
        public String toString() {
            return "EmailChangeRequested[userId=" + userId + ", at=" + at + ", device=" + device + "]";
        }

        /**
         * {@code m…@example.org}: enough for the owner to see whether it is theirs, not enough for
         * someone who reads the old mailbox to learn the owner's new address.
         */
        public String maskedNewEmail() {
            var value = newEmail.value();
            int at = value.indexOf('@');
            return value.charAt(0) + "…" + value.substring(at);
        }
    }

    /** To the old address {@code to}: the account now uses another address (not named, in case of a thief). */
    record EmailChanged(UserId userId, EmailAddress to, Instant at, String device, @Nullable String clientIp)
            implements AccountMail {
        public EmailChanged {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(device, "device");
        }
    }

    /** The final notice to the former address of a deleted account: it belongs to no account any more. */
    record AccountDeleted(EmailAddress to, Instant at, String device, @Nullable String clientIp)
            implements AccountMail {
        public AccountDeleted {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(device, "device");
        }

        @Override
        public @Nullable UserId userId() {
            return null;
        }
    }

    /**
     * A change to the account's second factor, or a warning about it, to the account's address. What it
     * is about is the {@code topic}; {@code amount} is the number it tells: recovery codes left
     * ({@link TwoStepTopic#RECOVERY_CODE_USED}), wrong codes after a right password
     * ({@link TwoStepTopic#SECOND_STEP_FAILED_REPEATEDLY}), otherwise 0.
     */
    record TwoStepNotice(UserId userId, EmailAddress to, TwoStepTopic topic, Instant at, String device,
            @Nullable String clientIp, int amount) implements AccountMail {
        public TwoStepNotice {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(device, "device");
        }
    }

    /**
     * A passkey of the account was added or removed, or one was refused because its signature counter went
     * backwards (perhaps a cloned authenticator); to the account's address.
     */
    record PasskeyNotice(UserId userId, EmailAddress to, PasskeyTopic topic, Instant at, String device,
            @Nullable String clientIp) implements AccountMail {
        public PasskeyNotice {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(device, "device");
        }
    }

    /**
     * An administrator disabled or enabled the account, or reset its second factor (issue 17); to the account's
     * address. {@code device} and {@code clientIp} are the administrator's.
     */
    record AdminNotice(UserId userId, EmailAddress to, AdminTopic topic, Instant at, String device,
            @Nullable String clientIp) implements AccountMail {
        public AdminNotice {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(device, "device");
        }
    }

    /** What an {@link AdminNotice} is about; each is an {@link AccountMailKind} of the same name. */
    enum AdminTopic {
        ADMIN_DISABLED,
        ADMIN_ENABLED,
        ADMIN_RESET_SECOND_FACTOR
    }

    /** What a {@link PasskeyNotice} is about; each is an {@link AccountMailKind} of the same name. */
    enum PasskeyTopic {
        PASSKEY_ADDED,
        PASSKEY_REMOVED,
        PASSKEY_COUNTER_REGRESSED
    }

    /** What a {@link TwoStepNotice} is about. */
    enum TwoStepTopic {
        TWO_STEP_ENABLED,
        TWO_STEP_DISABLED,
        RECOVERY_CODES_GENERATED,
        RECOVERY_CODE_USED,
        SECOND_STEP_FAILED_REPEATEDLY
    }
}
