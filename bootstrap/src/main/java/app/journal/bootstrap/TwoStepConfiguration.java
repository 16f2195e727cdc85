package app.journal.bootstrap;

import app.journal.adapter.crypto.AesGcmSecretSealer;
import app.journal.adapter.crypto.FileMfaKey;
import app.journal.adapter.crypto.HmacCodeDigests;
import app.journal.adapter.crypto.MfaKey;
import app.journal.adapter.persistence.JooqPendingSecondSteps;
import app.journal.adapter.persistence.JooqSessionConfirmations;
import app.journal.adapter.persistence.JooqTrustedBrowsers;
import app.journal.adapter.persistence.JooqTwoStepFactors;
import app.journal.adapter.rest.auth.transport.CookieSettings;
import app.journal.adapter.rest.auth.transport.TrustedBrowserCookie;
import app.journal.application.port.in.session.CompleteSecondStep;
import app.journal.application.port.in.mfa.ConfirmIdentity;
import app.journal.application.port.in.mfa.ManageTwoStep;
import app.journal.application.port.out.AccountMailer;
import app.journal.application.port.out.AuthEvents;
import app.journal.application.port.out.CodeDigests;
import app.journal.application.port.out.DeviceNames;
import app.journal.application.port.out.Passkeys;
import app.journal.application.port.out.PasswordHasher;
import app.journal.application.port.out.PendingSecondSteps;
import app.journal.application.port.out.RateLimiter;
import app.journal.application.port.out.SecretSealer;
import app.journal.application.port.out.SecurityActivity;
import app.journal.application.port.out.SessionConfirmations;
import app.journal.application.port.out.TrustedBrowsers;
import app.journal.application.port.out.TwoStepFactors;
import app.journal.application.port.out.UnitOfWork;
import app.journal.application.port.out.UserSessions;
import app.journal.application.port.out.Users;
import app.journal.application.service.AccountEvents;
import app.journal.application.service.AccountSettings;
import app.journal.application.service.ActivitySettings;
import app.journal.application.service.session.CompleteSecondStepService;
import app.journal.application.service.mfa.ConfirmIdentityService;
import app.journal.application.service.mfa.Confirmations;
import app.journal.application.service.mfa.FactorChecks;
import app.journal.application.service.mfa.ManageTwoStepService;
import app.journal.application.service.mfa.Reauthentication;
import app.journal.application.service.PendingGrants;
import app.journal.application.service.session.SecondSteps;
import app.journal.application.service.session.SessionStarter;
import app.journal.application.service.session.SignInAccountUpdates;
import app.journal.application.service.mfa.TwoStepSettings;
import java.time.Clock;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two-step verification and "confirm it's you": the stores, the sealer (its key in the keys directory, beside
 * the token keys, shared by every node), the collaborators every way of signing in shares, and the use cases.
 */
@Configuration(proxyBeanMethods = false)
class TwoStepConfiguration {

    @Bean
    TwoStepSettings twoStepSettings(TwoStepProperties p) {
        return new TwoStepSettings(p.issuer(), p.secondStepTtl(), p.maxWrongCodes(),
                new AccountSettings.Rule(p.codesPerAccount().limit(), p.codesPerAccount().window()),
                new AccountSettings.Rule(p.alertAfter().limit(), p.alertAfter().window()), p.trustTtl(),
                p.confirmationWindow());
    }

    @Bean
    MfaKey mfaKey(JournalProperties properties) {
        return FileMfaKey.loadOrCreate(properties.tokens().keysDir());
    }

    @Bean
    SecretSealer secretSealer(MfaKey key) {
        return new AesGcmSecretSealer(key);
    }

    @Bean
    CodeDigests codeDigests(MfaKey key) {
        return new HmacCodeDigests(key);
    }

    @Bean
    TwoStepFactors twoStepFactors(DSLContext dsl) {
        return new JooqTwoStepFactors(dsl);
    }

    @Bean
    PendingSecondSteps pendingSecondSteps(DSLContext dsl) {
        return new JooqPendingSecondSteps(dsl);
    }

    @Bean
    TrustedBrowsers trustedBrowsers(DSLContext dsl) {
        return new JooqTrustedBrowsers(dsl);
    }

    @Bean
    SessionConfirmations sessionConfirmations(DSLContext dsl) {
        return new JooqSessionConfirmations(dsl);
    }

    @Bean
    TrustedBrowserCookie trustedBrowserCookie(JournalProperties properties, Clock clock) {
        var cookies = properties.cookies();
        return new TrustedBrowserCookie(new CookieSettings(cookies.secure(), cookies.sameSite()), clock);
    }

    @Bean
    AccountEvents accountEvents(SecurityActivity activity, AccountMailer mailer, DeviceNames devices,
            UnitOfWork unitOfWork, AuthEvents events) {
        return new AccountEvents(activity, mailer, devices, unitOfWork, events);
    }

    @Bean
    SessionStarter sessionStarter(UserSessions sessions, SecurityActivity activity, DeviceNames devices,
            AccountMailer mailer, UnitOfWork unitOfWork, AccountSettings settings, ActivitySettings activitySettings,
            AuthEvents events, Clock clock, SignInAccountUpdates accountUpdates) {
        return new SessionStarter(sessions, activity, devices, mailer, unitOfWork, settings, activitySettings, events,
                clock, accountUpdates);
    }

    @Bean
    SecondSteps secondSteps(TwoStepFactors factors, PendingSecondSteps pending, TrustedBrowsers trusted,
            TwoStepSettings settings, AuthEvents events, Clock clock) {
        return new SecondSteps(factors, pending, trusted, settings, events, clock);
    }

    @Bean
    FactorChecks factorChecks(TwoStepFactors factors, SecretSealer sealer, CodeDigests digests) {
        return new FactorChecks(factors, sealer, digests);
    }

    @Bean
    Reauthentication reauthentication(Users users, PasswordHasher hasher, RateLimiter limiter,
            AccountSettings accountSettings) {
        return new Reauthentication(users, hasher, limiter, accountSettings);
    }

    @Bean
    Confirmations confirmations(SessionConfirmations marks, FactorChecks checks, Users users,
            Reauthentication reauthentication, TwoStepSettings settings, Passkeys passkeys, Clock clock) {
        return new Confirmations(marks, checks, users, reauthentication, settings, passkeys, clock);
    }

    @Bean
    CompleteSecondStep completeSecondStep(Users users, PendingSecondSteps pending, TrustedBrowsers trusted,
            FactorChecks checks, SessionStarter starter, AccountEvents accountEvents, RateLimiter limiter,
            TwoStepSettings settings, AuthEvents events, Clock clock) {
        return new CompleteSecondStepService(users, pending, trusted, checks, starter, accountEvents, limiter, settings,
                events, clock);
    }

    @Bean
    ConfirmIdentity confirmIdentity(Reauthentication reauthentication, FactorChecks checks,
            SessionConfirmations marks, AccountEvents accountEvents, RateLimiter limiter, TwoStepSettings settings,
            UnitOfWork unitOfWork, AuthEvents events, Clock clock) {
        return new ConfirmIdentityService(reauthentication, checks, marks, accountEvents, limiter, settings,
                unitOfWork, events, clock);
    }

    @Bean
    ManageTwoStep manageTwoStep(TwoStepFactors factors, TrustedBrowsers trusted, SecretSealer sealer,
            FactorChecks checks, Confirmations confirmations, PendingGrants grants, AccountEvents accountEvents,
            Users users, TwoStepSettings settings, UnitOfWork unitOfWork, Clock clock) {
        return new ManageTwoStepService(factors, trusted, sealer, checks, confirmations, grants, accountEvents, users,
                settings, unitOfWork, clock);
    }
}
