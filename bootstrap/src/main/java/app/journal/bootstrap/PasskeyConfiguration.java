package app.journal.bootstrap;

import app.journal.adapter.crypto.PasskeySettings;
import app.journal.adapter.crypto.SpringWebAuthnRelyingParty;
import app.journal.adapter.persistence.JooqPasskeyCeremonies;
import app.journal.adapter.persistence.JooqPasskeys;
import app.journal.application.port.in.mfa.ConfirmWithPasskey;
import app.journal.application.port.in.mfa.ManagePasskeys;
import app.journal.application.port.in.session.SignInWithPasskey;
import app.journal.application.port.out.AuthEvents;
import app.journal.application.port.out.PasskeyCeremonies;
import app.journal.application.port.out.Passkeys;
import app.journal.application.port.out.RateLimiter;
import app.journal.application.port.out.RelyingParty;
import app.journal.application.port.out.SessionConfirmations;
import app.journal.application.port.out.UnitOfWork;
import app.journal.application.port.out.Users;
import app.journal.application.service.AccountEvents;
import app.journal.application.service.AccountSettings;
import app.journal.application.service.PendingGrants;
import app.journal.application.service.mfa.ConfirmWithPasskeyService;
import app.journal.application.service.mfa.Confirmations;
import app.journal.application.service.mfa.ManagePasskeysService;
import app.journal.application.service.mfa.PasskeyAssertions;
import app.journal.application.service.mfa.TwoStepSettings;
import app.journal.application.service.session.SessionStarter;
import app.journal.application.service.session.SignInWithPasskeyService;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Locale;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Passkeys: the relying party (its ID and origins from {@code journal.public-base-url} and
 * {@code journal.passkeys.*}), the stores, and the use cases.
 *
 * @see "docs/decisions/0021-passkeys.md"
 */
@Configuration(proxyBeanMethods = false)
class PasskeyConfiguration {

    @Bean
    PasskeySettings passkeySettings(JournalProperties properties, PasskeyProperties passkeys) {
        var base = properties.publicBaseUrl();
        var origins = new LinkedHashSet<String>();
        origins.add(origin(base));
        passkeys.extraOrigins().forEach(extra -> origins.add(origin(URI.create(extra))));
        return new PasskeySettings(base.getHost().toLowerCase(Locale.ROOT), "Journal", origins,
                passkeys.attestation(), passkeys.allowedAaguids(), passkeys.ceremonyTtl());
    }

    /** {@code scheme://host[:port]}, the way a browser writes an origin (no default port, no path). */
    static String origin(URI uri) {
        var scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("https".equals(scheme) && port == 443) || ("http".equals(scheme)
                && port == 80);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    @Bean
    RelyingParty relyingParty(PasskeySettings settings) {
        return new SpringWebAuthnRelyingParty(settings);
    }

    @Bean
    Passkeys passkeys(DSLContext dsl) {
        return new JooqPasskeys(dsl);
    }

    @Bean
    PasskeyCeremonies passkeyCeremonies(DSLContext dsl) {
        return new JooqPasskeyCeremonies(dsl);
    }

    @Bean
    PasskeyAssertions passkeyAssertions(Passkeys passkeys, RelyingParty relyingParty, Users users,
            AccountEvents accountEvents, Clock clock) {
        return new PasskeyAssertions(passkeys, relyingParty, users, accountEvents, clock);
    }

    @Bean
    SignInWithPasskey signInWithPasskey(Users users, Passkeys passkeys, PasskeyCeremonies ceremonies,
            RelyingParty relyingParty, PasskeyAssertions assertions, SessionStarter starter,
            AccountEvents accountEvents, RateLimiter limiter, AccountSettings settings, AuthEvents events,
            PasskeyProperties properties, Clock clock) {
        return new SignInWithPasskeyService(users, passkeys, ceremonies, relyingParty, assertions, starter,
                accountEvents, limiter, settings, events, properties.ceremonyTtl(), clock);
    }

    @Bean
    ManagePasskeys managePasskeys(Passkeys passkeys, PasskeyCeremonies ceremonies, RelyingParty relyingParty,
            Confirmations confirmations, PendingGrants grants, AccountEvents accountEvents, Users users,
            PasskeyProperties properties, UnitOfWork unitOfWork, Clock clock) {
        return new ManagePasskeysService(passkeys, ceremonies, relyingParty, confirmations, grants, accountEvents,
                users, properties.ceremonyTtl(), unitOfWork, clock);
    }

    @Bean
    ConfirmWithPasskey confirmWithPasskey(Passkeys passkeys, PasskeyCeremonies ceremonies,
            RelyingParty relyingParty, PasskeyAssertions assertions, SessionConfirmations marks,
            AccountEvents accountEvents, TwoStepSettings settings, PasskeyProperties properties,
            UnitOfWork unitOfWork, Clock clock) {
        return new ConfirmWithPasskeyService(passkeys, ceremonies, relyingParty, assertions, marks, accountEvents,
                settings, properties.ceremonyTtl(), unitOfWork, clock);
    }
}
