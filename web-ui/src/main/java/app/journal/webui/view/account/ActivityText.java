package app.journal.webui.view.account;

import app.journal.webui.api.account.ActivityItem;
import java.util.Locale;

/** What happened, in plain words, for each kind of security activity the API records. */
public final class ActivityText {

    private ActivityText() {
    }

    public static String describe(ActivityItem item) {
        return switch (item.kind()) {
            case "signed_in" -> (item.newDevice() ? "Signed in from a new device" : "Signed in")
                    + ("passkey".equalsIgnoreCase(item.method()) ? " with a passkey" : "");
            case "sign_in_refused" -> "Sign-in refused (" + item.count() + (item.count() == 1 ? " attempt)" : " attempts)");
            case "signed_out" -> "Signed out";
            case "session_revoked" -> "Signed out from another device";
            case "other_sessions_revoked" -> "All other devices signed out";
            case "refresh_token_replayed" -> "An old sign-in token was replayed: that device was signed out";
            case "email_verified" -> "Email address verified";
            case "password_changed" -> "Password changed";
            case "password_reset" -> "Password reset";
            case "email_change_requested" -> "Change of email address requested";
            case "email_change_cancelled" -> "Change of email address cancelled";
            case "email_changed" -> "Email address changed";
            case "two_step_enabled" -> "Two-step verification turned on";
            case "two_step_disabled" -> "Two-step verification turned off";
            case "recovery_codes_generated" -> "New recovery codes generated";
            case "recovery_code_used" -> "A recovery code was used";
            case "second_step_failed_repeatedly" -> "Password entered correctly, but the code was wrong"
                    + (item.count() > 1 ? " (" + item.count() + " times)" : "");
            case "identity_confirmed" -> "Confirmed it's you";
            case "trusted_browser_removed" -> "Trusted browser removed";
            case "passkey_added" -> "Passkey added";
            case "passkey_removed" -> "Passkey removed";
            case "passkey_renamed" -> "Passkey renamed";
            case "passkey_counter_regressed" -> "Sign-in with a passkey refused: its counter went backwards, it may have been copied";
            case "passkey_signed_in" -> "A passkey was used to sign in";
            case "admin_signed_out" -> item.sessionId() == null ? "An administrator signed out all your devices"
                    : "An administrator signed out one of your devices";
            case "admin_disabled" -> "An administrator disabled your account";
            case "admin_enabled" -> "An administrator enabled your account again";
            case "admin_reset_second_factor" -> "An administrator reset your second factor: two-step verification, "
                    + "recovery codes and passkeys were removed";
            case "admin_password_reset_mail" -> "An administrator sent you a password-reset mail";
            case "journal_imported" -> "Journal imported (" + item.count() + (item.count() == 1 ? " entry)" : " entries)");
            default -> plainly(item.kind());
        };
    }

    /** A kind this page does not know yet ("account_locked"), as words: "Account locked". */
    static String plainly(String kind) {
        String words = kind.replaceAll("[_\\-.:]+", " ").strip();
        if (words.isEmpty()) {
            return "Other account event";
        }
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1).toLowerCase(Locale.ROOT);
    }

    public static String device(ActivityItem item) {
        return item.device() == null ? "Not recorded" : item.device();
    }

    public static String address(ActivityItem item) {
        return item.clientIp() == null ? "Not recorded" : item.clientIp();
    }

    /** "Page 2 of 5"; "Page 1 of 1" for an empty list. */
    public static String pageOf(int page, int totalPages) {
        return "Page " + (page + 1) + " of " + Math.max(1, totalPages);
    }
}
