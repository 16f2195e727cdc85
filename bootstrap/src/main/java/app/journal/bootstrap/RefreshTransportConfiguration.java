package app.journal.bootstrap;

import app.journal.adapter.rest.auth.transport.BodyTransport;
import app.journal.adapter.rest.auth.transport.CookieSettings;
import app.journal.adapter.rest.auth.transport.CookieTransport;
import app.journal.adapter.rest.auth.transport.CsrfTokens;
import app.journal.adapter.rest.auth.transport.RefreshTokenTransports;
import app.journal.adapter.rest.auth.transport.SameOriginCheck;
import app.journal.adapter.rest.token.JjwtTokenCodec;
import app.journal.adapter.rest.token.TokenKeys;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How refresh tokens travel: the JSON body (the default) and, for browsers, an HttpOnly cookie. */
@Configuration(proxyBeanMethods = false)
class RefreshTransportConfiguration {

    @Bean
    CsrfTokens csrfTokens(TokenKeys keys) {
        return new CsrfTokens(keys.hmac());
    }

    @Bean
    RefreshTokenTransports refreshTokenTransports(JjwtTokenCodec codec, CsrfTokens csrfTokens,
            JournalProperties properties, Clock clock) {
        var cookies = properties.cookies();
        var cookieTransport = new CookieTransport(codec, csrfTokens, new SameOriginCheck(trustedOrigins(properties)),
                new CookieSettings(cookies.secure(), cookies.sameSite()), clock);
        return new RefreshTokenTransports(List.of(new BodyTransport(codec, clock), cookieTransport));
    }

    /** Journal's own origin (the public base URL's) and the CORS allowlist. */
    static List<URI> trustedOrigins(JournalProperties properties) {
        var origins = new ArrayList<URI>();
        origins.add(properties.publicBaseUrl());
        properties.cors().allowedOrigins().forEach(origin -> origins.add(URI.create(origin)));
        return origins;
    }
}
