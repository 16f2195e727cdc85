package app.journal.application.port.in.admin;

import app.journal.domain.session.SessionId;
import app.journal.domain.user.UserId;
import org.jspecify.annotations.Nullable;

/**
 * What administrators change. Each action needs a confirmed session (ConfirmationGate: 403
 * reauthentication-required), counts against {@code admin-actions-per-admin}, and commits with its audit row in
 * one unit of work. Unknown accounts are {@link AdminTargetNotFoundException}.
 */
public interface AdminActions {

    /** The audit log's action names. */
    String SIGNED_OUT = "signed_out";
    String DISABLED = "disabled";
    String ENABLED = "enabled";
    String SECOND_FACTOR_RESET = "second_factor_reset";
    String PASSWORD_RESET_MAIL = "password_reset_mail";
    String VERIFICATION_MAIL = "verification_mail";
    String DELETED = "deleted";
    String ROLE_GRANTED = "role_granted";
    String ROLE_REVOKED = "role_revoked";

    /** One session ({@code sessionId}) or, when null, every session of the account. */
    void signOut(AdminCaller caller, UserId target, @Nullable SessionId sessionId, @Nullable String reason);

    /** @throws LastAdminException when it would leave no enabled administrator */
    void disable(AdminCaller caller, UserId target, String reason);

    void enable(AdminCaller caller, UserId target);

    void resetSecondFactor(AdminCaller caller, UserId target);

    void sendPasswordReset(AdminCaller caller, UserId target);

    /** Queues a verification mail when the address is not verified yet (nothing to send otherwise). */
    void sendVerification(AdminCaller caller, UserId target);

    /**
     * @param confirmEmail must be the account's address
     * @throws LastAdminException when it would leave no enabled administrator
     */
    void delete(AdminCaller caller, UserId target, String confirmEmail);

    void grantAdmin(AdminCaller caller, UserId target);

    /** @throws LastAdminException when the account is the last administrator */
    void revokeAdmin(AdminCaller caller, UserId target);
}
