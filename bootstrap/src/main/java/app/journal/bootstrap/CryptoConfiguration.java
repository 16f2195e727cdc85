package app.journal.bootstrap;

import app.journal.adapter.crypto.Argon2PasswordHasher;
import app.journal.adapter.crypto.Argon2Settings;
import app.journal.adapter.crypto.NbvcxzPasswordPolicy;
import app.journal.adapter.rest.problem.HashingBusyFilter;
import app.journal.application.port.out.PasswordHasher;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

    @Bean
    PasswordHasher passwordHasher(JournalProperties properties, MeterRegistry registry) {
        var p = properties.passwords();
        var defaults = Argon2Settings.defaults();
        int maxConcurrent = p.maxConcurrent() > 0 ? p.maxConcurrent() : defaults.maxConcurrent();
        var settings = new Argon2Settings(p.memoryKib(), p.iterations(), p.parallelism(), defaults.hashLength(),
                defaults.saltLength(), maxConcurrent, p.acquireTimeout());
        return new TimedPasswordHasher(new Argon2PasswordHasher(settings, p.admissionQueue(), p.admissionWait()),
                registry);
    }

    /**
     * While hashing is saturated, a login or registration is refused before the security chain, Spring MVC
     * and its JSON body (docs/decisions/0031-login-storm-and-memory.md). After the request id, the error
     * mapping, the JSON-only check, the security headers and the size limit, so its 503 looks like any other.
     */
    @Bean
    FilterRegistrationBean<HashingBusyFilter> hashingBusyFilter(PasswordHasher passwordHasher) {
        var registration = new FilterRegistrationBean<>(new HashingBusyFilter(passwordHasher::saturated));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
        registration.addUrlPatterns("/api/auth/login", "/api/auth/register");
        return registration;
    }

    @Bean
    NbvcxzPasswordPolicy passwordPolicy(JournalProperties properties) {
        return new NbvcxzPasswordPolicy(properties.auth().passwordMinEntropyBits());
    }

    /**
     * nbvcxz's dictionaries (about a second of CPU) load once Journal is ready, not beside the start on
     * a 2-core machine; a sign-up before then waits for them (docs/decisions/0032-start-up.md).
     */
    @Bean
    ApplicationListener<ApplicationReadyEvent> passwordPolicyLoader(NbvcxzPasswordPolicy policy) {
        return ready -> policy.startLoading();
    }
}
