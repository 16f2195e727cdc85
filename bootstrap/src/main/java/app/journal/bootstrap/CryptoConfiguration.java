package app.journal.bootstrap;

import app.journal.adapter.crypto.Argon2PasswordHasher;
import app.journal.adapter.crypto.Argon2Settings;
import app.journal.adapter.crypto.NbvcxzPasswordPolicy;
import app.journal.application.port.out.PasswordHasher;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

    @Bean
    PasswordHasher passwordHasher(JournalProperties properties, MeterRegistry registry) {
        var p = properties.passwords();
        var defaults = Argon2Settings.defaults();
        int maxConcurrent = p.maxConcurrent() > 0 ? p.maxConcurrent() : defaults.maxConcurrent();
        var settings = new Argon2Settings(p.memoryKib(), p.iterations(), p.parallelism(), defaults.hashLength(),
                defaults.saltLength(), maxConcurrent, p.acquireTimeout());
        return new TimedPasswordHasher(new Argon2PasswordHasher(settings), registry);
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
