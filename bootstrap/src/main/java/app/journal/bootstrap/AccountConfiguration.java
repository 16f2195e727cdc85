package app.journal.bootstrap;

import app.journal.application.service.AccountEvents;
import app.journal.adapter.rest.security.AccessTokenVerifier;
import app.journal.adapter.rest.security.ActiveSessionView;
import app.journal.adapter.rest.security.CachingAccessTokenVerifier;
import app.journal.adapter.rest.security.ClientAddresses;
import app.journal.adapter.rest.security.UserManagementGateFilter;
import app.journal.adapter.rest.device.UapDeviceNames;
import app.journal.adapter.rest.token.JjwtTokenCodec;
import app.journal.application.port.in.account.ActivityQueries;
import app.journal.application.port.in.session.RevokeOtherSessions;
import app.journal.application.port.out.AccountMailer;
import app.journal.application.port.out.DeviceNames;
import app.journal.application.port.out.SecurityActivity;
import app.journal.application.port.out.UnitOfWork;
import app.journal.application.service.account.ActivityQueryService;
import app.journal.application.service.ActivitySettings;
import app.journal.application.service.PendingGrants;
import app.journal.application.service.session.RevokeOtherSessionsService;
import app.journal.adapter.rest.token.JwtVerificationTokens;
import app.journal.application.port.in.account.AccountQueries;
import app.journal.application.port.in.session.LogIn;
import app.journal.application.port.in.session.LogOut;
import app.journal.application.port.in.session.RefreshSession;
import app.journal.application.port.in.account.RegisterUser;
import app.journal.application.port.in.account.ResendVerification;
import app.journal.application.port.in.session.RevokeSession;
import app.journal.application.port.in.account.VerifyEmail;
import app.journal.application.port.out.AuthEvents;
import app.journal.application.port.out.PasswordHasher;
import app.journal.application.port.out.PasswordPolicy;
import app.journal.application.port.out.RateLimiter;
import app.journal.application.port.out.UserSessions;
import app.journal.application.port.out.Users;
import app.journal.application.port.out.AccountMailer;
import app.journal.application.port.out.VerificationTokens;
import app.journal.application.service.account.AccountQueryService;
import app.journal.application.service.AccountSettings;
import app.journal.application.service.session.LogInService;
import app.journal.application.service.session.SecondSteps;
import app.journal.application.service.session.SessionStarter;
import app.journal.application.service.session.LogOutService;
import app.journal.application.service.session.RefreshSessionService;
import app.journal.application.service.account.RegisterUserService;
import app.journal.application.service.account.ResendVerificationService;
import app.journal.application.service.session.RevokeSessionService;
import app.journal.application.service.account.VerifyEmailService;
import app.journal.domain.session.RefreshChain;
import app.journal.domain.session.SessionPolicy;
import app.journal.domain.user.PasswordRules;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Clock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Accounts and sessions: settings, adapters and one bean per use case. */
@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

    @Bean
    AccountSettings accountSettings(JournalProperties p) {
        var limits = p.rateLimits();
        return new AccountSettings(
                p.auth().requireEmailVerify(),
                new PasswordRules(p.auth().passwordMinLength(), p.auth().passwordMaxLength()),
                sessionPolicy(p),
                URI.create(p.publicBaseUrl().toString().replaceAll("/+$", "") + "/verify"),
                new AccountSettings.RateLimits(rule(limits.registerPerClient()), rule(limits.loginPerClient()),
                        rule(limits.loginPerAccount()), rule(limits.resendPerClient()), rule(limits.resendPerAccount()),
                        rule(limits.verifyPerClient()), rule(limits.forgotPerClient()), rule(limits.forgotPerAccount()),
                        rule(limits.resetPerClient()), rule(limits.reauthPerAccount()),
                        rule(limits.passkeyOptionsPerClient())));
    }

    static SessionPolicy sessionPolicy(JournalProperties p) {
        var s = p.sessions();
        return new SessionPolicy(s.idleTimeout(), s.absoluteLifetime(), s.reuseGrace(), s.browserSessionLifetime());
    }

    private static AccountSettings.Rule rule(JournalProperties.Rule rule) {
        return new AccountSettings.Rule(rule.limit(), rule.window());
    }

    @Bean
    AuthEvents authEvents(MeterRegistry registry) {
        return new MicrometerAuthEvents(registry);
    }

    @Bean
    VerificationTokens verificationTokens(JjwtTokenCodec codec) {
        return new JwtVerificationTokens(codec);
    }

    @Bean
    RegisterUser registerUser(Users users, PasswordHasher hasher, PasswordPolicy policy, AccountMailer mailer,
            RateLimiter limiter, AccountSettings settings, Clock clock, UnitOfWork unitOfWork) {
        return new RegisterUserService(users, hasher, policy, mailer, limiter, settings, clock, unitOfWork);
    }

    @Bean
    VerifyEmail verifyEmail(Users users, VerificationTokens tokens, RateLimiter limiter, AccountSettings settings,
            Clock clock, AccountEvents accountEvents, UnitOfWork unitOfWork) {
        return new VerifyEmailService(users, tokens, limiter, settings, clock, accountEvents, unitOfWork);
    }

    @Bean
    ResendVerification resendVerification(Users users, AccountMailer mailer, RateLimiter limiter,
            AccountSettings settings) {
        return new ResendVerificationService(users, mailer, limiter, settings);
    }

    @Bean
    ActivitySettings activitySettings(JournalProperties p) {
        var notices = p.mail().notices();
        return new ActivitySettings(p.activity().retention(), p.activity().refusedSignInWindow(),
                new ActivitySettings.Notices(notices.newDevice(), notices.refreshReplayed(), notices.othersSignedOut()));
    }

    @Bean
    DeviceNames deviceNames() {
        return new UapDeviceNames(10_000);
    }

    @Bean
    LogIn logIn(Users users, PasswordHasher hasher, AuthEvents events, RateLimiter limiter, AccountSettings settings,
            Clock clock, SecurityActivity activity, DeviceNames devices, ActivitySettings activitySettings,
            SessionStarter starter, SecondSteps secondSteps) {
        return new LogInService(users, hasher, events, limiter, settings, clock, activity, devices, activitySettings,
                starter, secondSteps);
    }

    @Bean
    RefreshSession refreshSession(UserSessions sessions, AuthEvents events, AccountSettings settings,
            Clock clock, AccountEvents accountEvents, UnitOfWork unitOfWork, ActivitySettings activitySettings,
            RefreshChain refreshChain) {
        return new RefreshSessionService(sessions, events, settings, clock, accountEvents, unitOfWork,
                activitySettings, refreshChain);
    }

    @Bean
    LogOut logOut(UserSessions sessions, AccountEvents accountEvents, Clock clock, UnitOfWork unitOfWork) {
        return new LogOutService(sessions, accountEvents, clock, unitOfWork);
    }

    @Bean
    RevokeSession revokeSession(UserSessions sessions, AccountEvents accountEvents, Clock clock,
            UnitOfWork unitOfWork) {
        return new RevokeSessionService(sessions, accountEvents, clock, unitOfWork);
    }

    @Bean
    RevokeOtherSessions revokeOtherSessions(Users users, UserSessions sessions, PendingGrants grants,
            AccountEvents accountEvents, UnitOfWork unitOfWork, AccountSettings settings,
            ActivitySettings activitySettings, Clock clock) {
        return new RevokeOtherSessionsService(users, sessions, grants, accountEvents, unitOfWork, settings,
                activitySettings, clock);
    }

    @Bean
    ActivityQueries activityQueries(SecurityActivity activity, ActivitySettings activitySettings, Clock clock) {
        return new ActivityQueryService(activity, activitySettings, clock);
    }

    @Bean
    AccountQueries accountQueries(Users users, UserSessions sessions, AccountSettings settings, Clock clock) {
        return new AccountQueryService(users, sessions, settings.sessionPolicy(), clock);
    }

    @Bean
    AccessTokenVerifier accessTokenVerifier(JjwtTokenCodec codec, ActiveSessionView activeSessions, Clock clock) {
        return new CachingAccessTokenVerifier(codec::readAccess, activeSessions::isActive, clock, 10_000);
    }

    @Bean
    ClientAddresses clientAddresses(JournalProperties properties) {
        return new ClientAddresses(properties.http().trustedProxies());
    }

    @Bean
    FilterRegistrationBean<UserManagementGateFilter> userManagementGate(JournalProperties properties) {
        var registration = new FilterRegistrationBean<>(new UserManagementGateFilter(properties.userMgmt().enabled()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
