package app.journal.bootstrap;

import app.journal.application.service.AccountEvents;
import app.journal.adapter.persistence.JooqAccountTokens;
import app.journal.application.port.in.account.CancelEmailChange;
import app.journal.application.port.in.account.ChangeEmail;
import app.journal.application.port.in.account.ChangePassword;
import app.journal.application.port.in.account.ConfirmEmailChange;
import app.journal.application.port.in.account.DeleteAccount;
import app.journal.application.port.in.journal.ExportJournal;
import app.journal.application.port.in.account.RequestPasswordReset;
import app.journal.application.port.in.account.ResetPassword;
import app.journal.application.port.out.AccountMailer;
import app.journal.application.port.out.AccountTokens;
import app.journal.application.port.out.PendingSecondSteps;
import app.journal.application.port.out.TrustedBrowsers;
import app.journal.application.port.out.JournalEntries;
import app.journal.application.port.out.PasswordHasher;
import app.journal.application.port.out.PasswordPolicy;
import app.journal.application.port.out.RateLimiter;
import app.journal.application.port.out.UnitOfWork;
import app.journal.application.port.out.UserSessions;
import app.journal.application.port.out.Users;
import app.journal.application.service.AccountSettings;
import app.journal.application.service.account.CancelEmailChangeService;
import app.journal.application.service.account.ChangeEmailService;
import app.journal.application.service.account.ChangePasswordService;
import app.journal.application.service.mfa.Confirmations;
import app.journal.application.service.account.ConfirmEmailChangeService;
import app.journal.application.service.account.DeleteAccountService;
import app.journal.application.service.journal.ExportJournalService;
import app.journal.application.service.LinkTokens;
import app.journal.application.service.PendingGrants;
import app.journal.application.service.account.RequestPasswordResetService;
import app.journal.application.service.account.ResetPasswordService;
import java.time.Clock;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Issue 9, the password and account lifecycle: forgot/reset, change password, change email, export,
 * delete. A configuration of its own so that AccountConfiguration stays readable (and merges cleanly).
 *
 * @see "docs/decisions/0007-account-link-tokens.md"
 */
@Configuration(proxyBeanMethods = false)
class AccountLifecycleConfiguration {

    @Bean
    AccountTokens accountTokens(DSLContext dsl, Clock clock) {
        return new JooqAccountTokens(dsl, clock);
    }

    @Bean
    LinkTokens linkTokens(AccountTokens tokens, JournalProperties properties, Clock clock) {
        var t = properties.tokens();
        return new LinkTokens(tokens, new LinkTokens.Settings(t.resetTtl(), t.emailChangeTtl()), clock);
    }

    /** The one rule "a change of credentials voids every pending grant" (issue 15). */
    @Bean
    PendingGrants pendingGrants(AccountTokens tokens, AccountMailer mailer, PendingSecondSteps secondSteps,
            TrustedBrowsers browsers) {
        return new PendingGrants(tokens, mailer, secondSteps, browsers);
    }

    @Bean
    RequestPasswordReset requestPasswordReset(Users users, AccountMailer mailer, RateLimiter limiter,
            AccountSettings settings) {
        return new RequestPasswordResetService(users, mailer, limiter, settings);
    }

    @Bean
    ResetPassword resetPassword(Users users, UserSessions sessions, AccountTokens tokens, PendingGrants grants,
            PasswordHasher hasher, PasswordPolicy policy, RateLimiter limiter, AccountSettings settings,
            AccountEvents accountEvents, UnitOfWork unitOfWork, Clock clock) {
        return new ResetPasswordService(users, sessions, tokens, grants, hasher, policy, limiter, settings,
                accountEvents, unitOfWork, clock);
    }

    @Bean
    ChangePassword changePassword(Users users, UserSessions sessions, PendingGrants grants,
            Confirmations confirmations, PasswordHasher hasher, PasswordPolicy policy, AccountSettings settings,
            AccountEvents accountEvents, UnitOfWork unitOfWork, Clock clock) {
        return new ChangePasswordService(users, sessions, grants, confirmations, hasher, policy, settings,
                accountEvents, unitOfWork, clock);
    }

    @Bean
    ChangeEmail changeEmail(Users users, Confirmations confirmations, AccountEvents accountEvents,
            UnitOfWork unitOfWork, Clock clock) {
        return new ChangeEmailService(users, confirmations, accountEvents, unitOfWork, clock);
    }

    @Bean
    ConfirmEmailChange confirmEmailChange(Users users, AccountTokens tokens, RateLimiter limiter,
            AccountSettings settings, AccountEvents accountEvents, UnitOfWork unitOfWork, Clock clock) {
        return new ConfirmEmailChangeService(users, tokens, limiter, settings, accountEvents, unitOfWork, clock);
    }

    @Bean
    CancelEmailChange cancelEmailChange(Users users, AccountTokens tokens, PendingGrants grants, RateLimiter limiter,
            AccountSettings settings, AccountEvents accountEvents, UnitOfWork unitOfWork, Clock clock) {
        return new CancelEmailChangeService(users, tokens, grants, limiter, settings, accountEvents, unitOfWork,
                clock);
    }

    @Bean
    ExportJournal exportJournal(Users users, JournalEntries entries) {
        return new ExportJournalService(users, entries);
    }

    @Bean
    DeleteAccountService deleteAccount(Users users, UserSessions sessions, Confirmations confirmations,
            AccountEvents accountEvents, UnitOfWork unitOfWork, Clock clock) {
        return new DeleteAccountService(users, sessions, confirmations, accountEvents, unitOfWork, clock);
    }
}
