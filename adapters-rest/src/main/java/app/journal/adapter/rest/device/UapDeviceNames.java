package app.journal.adapter.rest.device;

import app.journal.application.port.out.DeviceNames;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import ua_parser.Client;
import ua_parser.Parser;

/**
 * Device words from the HTTP User-Agent with uap-java (the ua-parser project's maintained rules):
 * "Firefox on Windows", "Safari on iPhone", "Chrome on Linux". Input is capped at {@value #MAX_INPUT}
 * characters before parsing (the rules are regular expressions), and answers are kept in a bounded
 * Caffeine cache, since a handful of agents make up nearly every request.
 */
public final class UapDeviceNames implements DeviceNames {

    static final int MAX_INPUT = 512;

    private final Parser parser = new Parser();
    private final Cache<String, String> cache;

    public UapDeviceNames(long maxCached) {
        this.cache = Caffeine.newBuilder().maximumSize(maxCached).build();
    }

    @Override
    public String describe(@Nullable String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return UNKNOWN;
        }
        var capped = userAgent.length() <= MAX_INPUT ? userAgent : userAgent.substring(0, MAX_INPUT);
        return cache.get(capped, this::parse);
    }

    private String parse(String userAgent) {
        Client client;
        try {
            client = parser.parse(userAgent);
        } catch (RuntimeException unreadable) {
            return UNKNOWN;
        }
        var browser = known(client.userAgent == null ? null : client.userAgent.family);
        var device = known(client.device == null ? null : client.device.family);
        var os = known(client.os == null ? null : client.os.family);
        // A phone or tablet is better named by itself ("iPhone") than by its system ("iOS").
        var where = device != null && !device.equalsIgnoreCase("Other") && isNamedHandheld(device) ? device : os;
        if (browser == null && where == null) {
            return UNKNOWN;
        }
        if (browser == null) {
            return where;
        }
        return where == null ? browser : browser + " on " + where;
    }

    private static boolean isNamedHandheld(String device) {
        var d = device.toLowerCase(Locale.ROOT);
        return d.equals("iphone") || d.equals("ipad") || d.equals("ipod");
    }

    private static @Nullable String known(@Nullable String family) {
        if (family == null || family.isBlank() || family.equalsIgnoreCase("Other")) {
            return null;
        }
        return family.replaceAll("^Mobile Safari$", "Safari").replaceAll("^Mac OS X$", "macOS");
    }
}
