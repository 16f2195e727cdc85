package app.journal.bootstrap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of every response Journal sends: the JSON API, the Vaadin pages, static
 * resources and errors alike. The one place for these rules; Spring Security's own header writers
 * add only what is not here (cache control, {@code X-Frame-Options}), and its HSTS writer is off so
 * that HSTS follows the public base URL alone.
 *
 * <p>Written before the rest of the chain runs, so an error answered by any later filter, by Spring
 * or by Tomcat keeps them (those only ever reset the body, never the headers).
 *
 * @see "docs/decisions/0014-security-headers.md"
 */
final class SecurityHeaders extends OncePerRequestFilter {

    /** Token-bearing addresses ({@code /verify?token=...}) must never leak to another site. */
    static final String REFERRER_POLICY = "no-referrer";

    /** JSON and problem details: nothing to load, nothing to frame. */
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

    /**
     * The Vaadin pages. What each exception is for (Vaadin's bootstrap page has inline scripts and
     * styles, Flow runs server-sent JavaScript through {@code new Function}) is in the decision record.
     */
    static final String PAGE_CSP = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /**
     * Powerful features Journal never uses are off for it and for anything it could embed; WebAuthn
     * stays allowed for Journal's own origin (passkeys).
     */
    static final String PERMISSIONS_POLICY = String.join(", ",
            "accelerometer=()", "autoplay=()", "bluetooth=()", "camera=()", "display-capture=()",
            "geolocation=()", "gyroscope=()", "hid=()", "magnetometer=()", "microphone=()", "midi=()",
            "payment=()", "screen-wake-lock=()", "serial=()", "usb=()", "xr-spatial-tracking=()",
            "publickey-credentials-create=(self)", "publickey-credentials-get=(self)");

    /** One year, this host only: whether subdomains are https too is the deployer's to say. */
    static final String HSTS = "max-age=31536000";

    private final Map<String, String> common;

    SecurityHeaders(URI publicBaseUrl) {
        var headers = new LinkedHashMap<String, String>();
        headers.put("Referrer-Policy", REFERRER_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Permissions-Policy", PERMISSIONS_POLICY);
        if ("https".equalsIgnoreCase(publicBaseUrl.getScheme())) {
            headers.put("Strict-Transport-Security", HSTS);
        }
        this.common = Map.copyOf(headers);
    }

    /** The content security policy for a path (without the context path). */
    static String contentSecurityPolicy(String path) {
        boolean json = path.equals("/api") || path.startsWith("/api/") || path.startsWith("/.well-known/");
        return json ? API_CSP : PAGE_CSP;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        common.forEach(response::setHeader);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("Content-Security-Policy", contentSecurityPolicy(path));
        chain.doFilter(request, response);
    }
}
