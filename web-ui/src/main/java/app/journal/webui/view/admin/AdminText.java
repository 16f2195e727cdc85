package app.journal.webui.view.admin;

import app.journal.webui.api.admin.AdminUser;
import java.util.Locale;

/** What the administrators' pages say: yes and no, the audit log's actions, and the outcome of each action. */
final class AdminText {

    /** The audit log's action names as the API records them, for the filter; "" for every action. */
    static final java.util.List<String> AUDIT_ACTIONS = java.util.List.of("", "role_granted", "role_revoked",
            "signed_out", "disabled", "enabled", "second_factor_reset", "password_reset_mail", "verification_mail",
            "deleted");

    private AdminText() {
    }

    /**
     * How many accounts a search finds: "1 account", "1,250 accounts"; when the API stopped counting at its limit
     * ({@code capped}), "10,000+ accounts".
     */
    static String accounts(long total, boolean capped) {
        if (capped) {
            return String.format(Locale.ROOT, "%,d+ accounts", total);
        }
        return total == 1 ? "1 account" : String.format(Locale.ROOT, "%,d accounts", total);
    }

    static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }

    /** The audit log's action in words; an action this page does not know yet plainly ("grant_admin": "Grant admin"). */
    static String action(String action) {
        return switch (action.toLowerCase(Locale.ROOT)) {
            case "sign_out", "signed_out", "sign-out" -> "Signed out devices";
            case "disable", "disabled" -> "Disabled the account";
            case "enable", "enabled" -> "Enabled the account";
            case "second_factor_reset", "reset_second_factor", "reset-second-factor" -> "Reset the second factor";
            case "password_reset_mail", "password-reset-mail" -> "Sent a password-reset mail";
            case "verification_mail", "verification-mail" -> "Sent a verification mail";
            case "delete", "deleted", "delete_account" -> "Deleted the account";
            case "role_granted", "grant_admin", "admin_granted" -> "Made an administrator";
            case "role_revoked", "revoke_admin", "admin_revoked" -> "Removed as administrator";
            default -> plainly(action);
        };
    }

    static String plainly(String kind) {
        String words = kind.replaceAll("[_\\-.:]+", " ").strip();
        if (words.isEmpty()) {
            return "Other action";
        }
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1).toLowerCase(Locale.ROOT);
    }

    /** "Active", or "Disabled" with the reason when the API gives it. */
    static String status(AdminUser user) {
        if (!user.disabled()) {
            return user.verified() ? "Active" : "Active, address not verified yet";
        }
        return user.disabledReason() == null ? "Disabled" : "Disabled: " + user.disabledReason();
    }

    static String devices(int count) {
        return count == 1 ? "1 device signed in" : count + " devices signed in";
    }
}
