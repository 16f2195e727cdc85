package app.journal.adapter.rest.token;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The claims of a token whose signature checked out, with the registered ones checked (RFC 7519 §4.1,
 * RFC 8725 §3.8-3.10): {@code iss} is Journal's, {@code aud} (a string or a list of strings) names this
 * kind's audience, {@code sub} is there, {@code exp} is there and not past, {@code nbf} and {@code iat}
 * (if present) are not in the future, each with the configured clock skew, compared in milliseconds as
 * jjwt did. Dates must be whole numbers of seconds. Every other claim is read by type, and a claim of the
 * wrong JSON type is a refused token.
 */
final class CheckedClaims {

    private final JsonNode claims;

    private CheckedClaims(JsonNode claims) {
        this.claims = claims;
    }

    static CheckedClaims check(JsonNode claims, String issuer, String audience, Instant now, Duration skew) {
        var checked = new CheckedClaims(claims);
        if (!issuer.equals(checked.optionalString("iss"))) {
            throw new InvalidTokenException("wrong or missing iss");
        }
        if (!checked.hasAudience(audience)) {
            throw new InvalidTokenException("wrong or missing aud");
        }
        long nowMillis = now.toEpochMilli();
        long skewMillis = skew.toMillis();
        Long exp = checked.seconds("exp");
        if (exp == null || checked.optionalString("sub") == null) {
            throw new InvalidTokenException("exp and sub are required");
        }
        if (nowMillis - skewMillis > exp * 1000) {
            throw new InvalidTokenException("expired");
        }
        Long nbf = checked.seconds("nbf");
        if (nbf != null && nowMillis + skewMillis < nbf * 1000) {
            throw new InvalidTokenException("not yet valid");
        }
        Long iat = checked.seconds("iat");
        if (iat != null && nowMillis + skewMillis < iat * 1000) {
            throw new InvalidTokenException("issued in the future");
        }
        return checked;
    }

    UUID subject() {
        return uuid(required("sub"));
    }

    Instant expiresAt() {
        return Instant.ofEpochSecond(seconds("exp"));
    }

    /** A string claim, or null when it is absent or JSON {@code null}. */
    @Nullable String optionalString(String name) {
        var value = present(name);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            throw new InvalidTokenException(name + " is not a string");
        }
        return value.stringValue();
    }

    String required(String name) {
        var value = optionalString(name);
        if (value == null) {
            throw new InvalidTokenException("missing claim " + name);
        }
        return value;
    }

    @Nullable Boolean optionalBoolean(String name) {
        var value = present(name);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            throw new InvalidTokenException(name + " is not a boolean");
        }
        return value.booleanValue();
    }

    /** A claim's JSON value, or null when it is absent or JSON {@code null}. */
    @Nullable JsonNode present(String name) {
        var value = claims.get(name);
        return value == null || value.isNull() ? null : value;
    }

    static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidTokenException("not a UUID", e);
        }
    }

    private boolean hasAudience(String audience) {
        var aud = present("aud");
        if (aud == null) {
            return false;
        }
        if (aud.isString()) {
            return audience.equals(aud.stringValue());
        }
        if (!aud.isArray()) {
            return false;
        }
        boolean found = false;
        for (var item : aud) {
            if (!item.isString()) {
                return false;
            }
            found |= audience.equals(item.stringValue());
        }
        return found;
    }

    /** A NumericDate in whole seconds that also fits in milliseconds, or null when absent. */
    private @Nullable Long seconds(String name) {
        var value = present(name);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new InvalidTokenException(name + " is not a whole number of seconds");
        }
        long seconds = value.longValue();
        if (seconds < 0 || seconds > Long.MAX_VALUE / 1000) {
            throw new InvalidTokenException(name + " is out of range");
        }
        return seconds;
    }
}
