package app.journal.bootstrap;

import app.journal.adapter.rest.token.FileTokenKeyStore;
import app.journal.adapter.rest.token.JjwtTokenCodec;
import app.journal.adapter.rest.token.TokenKeys;
import app.journal.adapter.rest.token.TokenSettings;
import app.journal.domain.session.RefreshChain;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TokenConfiguration {

    @Bean
    TokenKeys tokenKeys(JournalProperties properties) {
        var t = properties.tokens();
        boolean anyConfigured = t.signingPrivateKeyPem() != null || t.signingPublicKeyPem() != null
                || t.hmacSecret() != null;
        if (!anyConfigured) {
            return FileTokenKeyStore.loadOrCreate(t.keysDir());
        }
        if (t.signingPrivateKeyPem() == null || t.signingPublicKeyPem() == null || t.hmacSecret() == null) {
            throw new IllegalStateException("Configure all of journal.tokens.signing-private-key-pem, "
                    + "journal.tokens.signing-public-key-pem and journal.tokens.hmac-secret, or none of them");
        }
        return TokenKeys.fromPem(t.signingPrivateKeyPem(), t.signingPublicKeyPem(), t.hmacSecret());
    }

    @Bean
    JjwtTokenCodec tokenCodec(TokenKeys keys, JournalProperties properties, Clock clock) {
        var t = properties.tokens();
        return new JjwtTokenCodec(keys, new TokenSettings(t.issuer(), t.accessAudience(), t.refreshAudience(),
                t.verifyAudience(), t.accessTtl(), t.verifyTtl(), t.clockSkew()), clock);
    }

    /**
     * Refresh generations follow from the secret that signs refresh tokens (the same on every node and
     * across restarts, or no refresh token would verify), under a key derived for this use alone.
     *
     * @see "docs/decisions/0025-refresh-commits-without-waiting-for-the-flush.md"
     */
    @Bean
    RefreshChain refreshChain(TokenKeys keys) {
        return RefreshChain.keyedBy(keys.hmac().getEncoded());
    }
}
