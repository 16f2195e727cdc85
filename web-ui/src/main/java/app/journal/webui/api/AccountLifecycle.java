package app.journal.webui.api;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import app.journal.webui.api.account.EmailChangeCancelOutcome;
import app.journal.webui.api.account.EmailConfirmOutcome;
import app.journal.webui.api.account.ExportFormat;
import app.journal.webui.api.account.ExportSink;
import app.journal.webui.api.account.ResetOutcome;

/**
 * The password and account lifecycle as the web UI asks the API for it: the public links (forgot, reset,
 * confirm a new address) and the signed-in account's changes (password, address, export, deletion).
 * Obtained from {@link JournalApiClient#lifecycle()}; the signed-in calls carry the browser session's
 * bearer token and renew it on {@code 401} like every other.
 */
public final class AccountLifecycle {

    private final CredentialStore credentials;
    private final RefreshTransport transport;
    private final PublicEndpoints open;
    private final AccountEndpoints account;
    private final AccountExport exports;
    private final AccountImport imports;

    AccountLifecycle(CredentialStore credentials, RefreshTransport transport, PublicEndpoints open,
            AccountEndpoints account, AccountExport exports,
            AccountImport imports) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.open = Objects.requireNonNull(open, "open");
        this.account = Objects.requireNonNull(account, "account");
        this.exports = Objects.requireNonNull(exports, "exports");
        this.imports = Objects.requireNonNull(imports, "imports");
    }

    // --- public: the links mailed to the person --------------------------------------------------------

    /**
     * Asks for a reset link ({@code POST /api/auth/forgot-password}). The API answers the same whether or
     * not the address has an account.
     *
     * @return the API's message for the person
     */
    public String forgotPassword(String email) {
        Objects.requireNonNull(email, "email");
        AcceptedResponse answer = ApiCalls.call(() -> open.forgotPassword(new AuthRequests.Email(email)));
        return message(answer, "If an account uses this address, a link to set a new password is on its way. "
                + "Check your mail.");
    }

    /**
     * Sets a new password with the token of a reset link ({@code POST /api/auth/reset-password}).
     *
     * @throws ApiProblemException a password the policy refuses ({@code 400} with a field error on
     *                             {@code password}; the link still works), {@code 429}, ...
     */
    public ResetOutcome resetPassword(String token, String password) {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(password, "password");
        try {
            ApiCalls.run(() -> open.resetPassword(new AuthRequests.PasswordReset(token, password)));
            return new ResetOutcome.Reset();
        } catch (ApiProblemException problem) {
            if (problem.is(ApiProblemException.RESET_LINK_INVALID)) {
                return new ResetOutcome.LinkInvalid(problem.getMessage());
            }
            throw problem;
        }
    }

    /** Confirms a change of address with the token of the link mailed to the new one. */
    public EmailConfirmOutcome confirmEmail(String token) {
        Objects.requireNonNull(token, "token");
        try {
            LifecycleAnswers.EmailChanged answer = ApiCalls.required(
                    ApiCalls.call(() -> open.confirmEmail(new AuthRequests.VerificationToken(token))));
            return new EmailConfirmOutcome.Changed(answer.email() == null ? "" : answer.email());
        } catch (ApiProblemException problem) {
            if (problem.is(ApiProblemException.EMAIL_TAKEN)) {
                return new EmailConfirmOutcome.AddressTaken(problem.getMessage());
            }
            if (problem.is(ApiProblemException.EMAIL_CHANGE_LINK_INVALID)
                    || problem.status() == 400 && problem.hasProblemDocument() && problem.fieldErrors().isEmpty()) {
                return new EmailConfirmOutcome.LinkInvalid(problem.getMessage());
            }
            throw problem;
        }
    }

    /** Cancels a pending change of address with the token of the link mailed to the current one. */
    public EmailChangeCancelOutcome cancelEmailChange(String token) {
        Objects.requireNonNull(token, "token");
        try {
            ApiCalls.call(() -> open.cancelEmailChange(new AuthRequests.VerificationToken(token)));
            return new EmailChangeCancelOutcome.Cancelled();
        } catch (ApiProblemException problem) {
            if (problem.is(ApiProblemException.EMAIL_CHANGE_CANCEL_LINK_INVALID)
                    || problem.status() == 400 && problem.hasProblemDocument() && problem.fieldErrors().isEmpty()) {
                return new EmailChangeCancelOutcome.LinkInvalid(problem.getMessage());
            }
            throw problem;
        }
    }

    // --- signed in ---------------------------------------------------------------------------------------

    /**
     * Changes the password ({@code POST /api/me/password}); every other session of the account is signed
     * out, this one stays.
     *
     * @return how many other sessions were signed out
     * @throws ApiProblemException {@link ApiProblemException#CURRENT_PASSWORD_INCORRECT}, a field error on
     *                             {@code newPassword}, {@code 429}, ...
     */
    public int changePassword(String currentPassword, String newPassword) {
        Objects.requireNonNull(currentPassword, "currentPassword");
        Objects.requireNonNull(newPassword, "newPassword");
        return ApiCalls.required(ApiCalls.call(() -> account.changePassword(
                new AuthRequests.PasswordChange(currentPassword, newPassword)))).signedOutOtherSessions();
    }

    /**
     * Asks to move the account to {@code newEmail} ({@code POST /api/me/email}): a confirmation link goes
     * to that address, and the change happens only when it is opened.
     *
     * @return the API's message for the person
     */
    public String changeEmail(String currentPassword, String newEmail) {
        Objects.requireNonNull(currentPassword, "currentPassword");
        Objects.requireNonNull(newEmail, "newEmail");
        AcceptedResponse answer = ApiCalls.call(() -> account.changeEmail(
                new AuthRequests.EmailChange(currentPassword, newEmail)));
        return message(answer, "Check the new address: the change happens when you open the link we sent there.");
    }

    /** Streams every entry of the account in {@code format} to {@code sink} ({@code GET /api/me/export}). */
    public void export(ExportFormat format, ExportSink sink) {
        exports.export(format, sink);
    }

    /**
     * Sends an export file to {@code POST /api/me/import}: with {@code dryRun}, only how many entries would be
     * added and skipped; else they are added (all or, refused, none).
     */
    public app.journal.webui.api.account.ImportSummary importJournal(java.nio.file.Path file, boolean zip,
            boolean dryRun) {
        return imports.send(file, zip, dryRun);
    }

    /**
     * Deletes the account ({@code DELETE /api/me}) and signs this browser out: the tokens are dropped and
     * the browser told to drop its cookies (the API ended every session of the account already).
     */
    public void deleteAccount(String currentPassword) {
        Objects.requireNonNull(currentPassword, "currentPassword");
        ApiCalls.run(() -> account.deleteAccount(new AuthRequests.CurrentPassword(currentPassword)));
        credentials.holder().clear();
        transport.forget();
    }

    private static String message(@Nullable AcceptedResponse answer, String otherwise) {
        return answer == null || answer.message() == null || answer.message().isBlank() ? otherwise : answer.message();
    }
}
