package app.journal.application.port.out;

import java.util.Locale;

/**
 * The kinds of {@link AccountMail} by a stable name: the {@code kind} column of the outbox and the
 * {@code kind} tag of the mail metrics. A new kind of mail (password reset, issue 9) is one more
 * constant here and one more case wherever a switch over {@link AccountMail} asks for it.
 */
public enum AccountMailKind {
    VERIFICATION,
    NEW_DEVICE_SIGN_IN,
    REFRESH_TOKEN_REPLAYED,
    OTHER_DEVICES_SIGNED_OUT,
    PASSWORD_RESET_LINK,
    PASSWORD_CHANGED,
    EMAIL_CHANGE_LINK,
    EMAIL_CHANGE_REQUESTED,
    EMAIL_CHANGED,
    ACCOUNT_DELETED,
    TWO_STEP_ENABLED,
    TWO_STEP_DISABLED,
    RECOVERY_CODES_GENERATED,
    RECOVERY_CODE_USED,
    SECOND_STEP_FAILED_REPEATEDLY,
    PASSKEY_ADDED,
    PASSKEY_REMOVED,
    PASSKEY_COUNTER_REGRESSED,
    ADMIN_DISABLED,
    ADMIN_ENABLED,
    ADMIN_RESET_SECOND_FACTOR;

    public static AccountMailKind of(AccountMail mail) {
        return switch (mail) {
            case AccountMail.Verification _ -> VERIFICATION;
            case AccountMail.NewDeviceSignIn _ -> NEW_DEVICE_SIGN_IN;
            case AccountMail.RefreshTokenReplayed _ -> REFRESH_TOKEN_REPLAYED;
            case AccountMail.OtherDevicesSignedOut _ -> OTHER_DEVICES_SIGNED_OUT;
            case AccountMail.PasswordResetLink _ -> PASSWORD_RESET_LINK;
            case AccountMail.PasswordChanged _ -> PASSWORD_CHANGED;
            case AccountMail.EmailChangeLink _ -> EMAIL_CHANGE_LINK;
            case AccountMail.EmailChangeRequested _ -> EMAIL_CHANGE_REQUESTED;
            case AccountMail.EmailChanged _ -> EMAIL_CHANGED;
            case AccountMail.AccountDeleted _ -> ACCOUNT_DELETED;
            case AccountMail.TwoStepNotice n -> valueOf(n.topic().name());
            case AccountMail.PasskeyNotice n -> valueOf(n.topic().name());
            case AccountMail.AdminNotice n -> valueOf(n.topic().name());
        };
    }

    /** {@code new_device_sign_in}: what is stored and what the metrics say. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AccountMailKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
