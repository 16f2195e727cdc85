package app.journal.bootstrap;

import app.journal.adapter.crypto.Argon2PasswordHasher;
import app.journal.adapter.crypto.Argon2Settings;
import app.journal.adapter.crypto.NbvcxzPasswordPolicy;
import app.journal.application.port.out.PasswordHasher;
import app.journal.application.port.out.PasswordPolicy;
import io.micrometer.core.instrument.MeterRegistry;
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
    PasswordPolicy passwordPolicy(JournalProperties properties) {
        return new NbvcxzPasswordPolicy(properties.auth().passwordMinEntropyBits());
    }
}
