package app.journal.bootstrap;

import app.journal.adapter.persistence.JooqAdminAudit;
import app.journal.adapter.persistence.JooqAdminDirectory;
import app.journal.adapter.rest.admin.AdminCallerResolver;
import app.journal.adapter.rest.security.ClientAddresses;
import app.journal.application.port.in.account.ActivityQueries;
import app.journal.application.port.in.admin.AdminAccess;
import app.journal.application.port.in.admin.AdminActions;
import app.journal.application.port.out.AdminEvents;
import app.journal.application.port.out.RateLimiter;
import app.journal.application.port.out.UnitOfWork;
import app.journal.application.service.AccountEvents;
import app.journal.application.service.PendingGrants;
import app.journal.application.service.account.DeleteAccountService;
import app.journal.application.service.admin.AdminActionService;
import app.journal.application.service.mfa.Confirmations;
import io.micrometer.core.instrument.MeterRegistry;
import app.journal.application.port.in.admin.AdminQueries;
import app.journal.application.port.out.AdminAudit;
import app.journal.application.port.out.AdminDirectory;
import app.journal.application.port.out.Passkeys;
import app.journal.application.port.out.TwoStepFactors;
import app.journal.application.port.out.UserSessions;
import app.journal.application.port.out.Users;
import app.journal.application.service.AccountSettings;
import app.journal.application.service.admin.AdminAccessService;
import app.journal.application.service.admin.AdminQueryService;
import app.journal.application.service.admin.AdminSettings;
import app.journal.application.service.mfa.FactorChecks;
import app.journal.application.service.session.SignInAccountUpdates;
import app.journal.domain.user.EmailAddress;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import app.journal.adapter.rest.security.SecurityContexts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Administrators (issue 17): the audit log, the accounts' list, the guard of /api/admin and the use cases. */
@Configuration(proxyBeanMethods = false)
class AdminConfiguration {

    @Bean
    AdminSettings adminSettings(JournalProperties properties) {
        var rule = properties.rateLimits().adminActionsPerAdmin();
        return new AdminSettings(properties.admin().requireSecondFactor(),
                new AccountSettings.Rule(rule.limit(), rule.window()), properties.admin().countLimit());
    }

    @Bean
    AdminAudit adminAudit(DSLContext dsl) {
        return new JooqAdminAudit(dsl);
    }

    @Bean
    AdminDirectory adminDirectory(DSLContext dsl) {
        return new JooqAdminDirectory(dsl);
    }

    /** {@code journal.admin.emails}, read once at startup; an address that is not one fails the startup. */
    @Bean
    SignInAccountUpdates signInAccountUpdates(Users users, AdminAudit audit, JournalProperties properties) {
        return new SignInAccountUpdates(users, audit,
                properties.admin().emails().stream().map(EmailAddress::new).collect(Collectors.toSet()));
    }

    @Bean
    AdminAccess adminAccess(Users users, FactorChecks checks, Passkeys passkeys, AdminSettings settings) {
        return new AdminAccessService(users, checks, passkeys, settings);
    }

    @Bean
    AdminQueries adminQueries(AdminDirectory directory, AdminAudit audit, TwoStepFactors factors, Passkeys passkeys,
            UserSessions sessions, ActivityQueries activity, UnitOfWork unitOfWork, AdminSettings settings, Clock clock) {
        return new AdminQueryService(directory, audit, factors, passkeys, sessions, activity, unitOfWork, settings,
                clock);
    }

    @Bean
    AdminEvents adminEvents(MeterRegistry registry) {
        return new MicrometerAdminEvents(registry);
    }

    @Bean
    AdminActions adminActions(Users users, UserSessions sessions, TwoStepFactors factors, Passkeys passkeys,
            PendingGrants grants, AccountEvents accountEvents, AdminAudit audit, AdminDirectory directory,
            AdminEvents events, DeleteAccountService deletion, Confirmations confirmations, RateLimiter limiter,
            AdminSettings settings, UnitOfWork unitOfWork, Clock clock) {
        return new AdminActionService(users, sessions, factors, passkeys, grants, accountEvents, audit, directory,
                events, deletion, confirmations, limiter, settings, unitOfWork, clock);
    }

    @Bean
    WebMvcConfigurer adminCallers(AdminAccess access, ClientAddresses clientAddresses,
            ObjectProvider<SecurityContextHolderStrategy> contexts) {
        var resolver = new AdminCallerResolver(access, clientAddresses, SecurityContexts.of(contexts));
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(resolver);
            }
        };
    }
}
