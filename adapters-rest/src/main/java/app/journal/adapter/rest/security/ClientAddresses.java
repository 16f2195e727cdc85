package app.journal.adapter.rest.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The address a request really came from. {@code X-Forwarded-For} is believed only when the direct
 * peer is one of the configured trusted proxies, and then only up to the first address that is not a
 * trusted proxy (reading from the right), so a client cannot pick its own rate-limit key.
 *
 * <p>Trusted proxies are addresses or CIDR ranges, IPv4 or IPv6 ({@code 10.0.0.0/8},
 * {@code fd00::/8}, {@code ::1}), compared as addresses: {@code ::1} is {@code 0:0:0:0:0:0:0:1}, and an
 * IPv4-mapped IPv6 address is its IPv4 address. Only literals are parsed; no name is ever looked up.
 * The address returned is in one canonical form, so one client has one rate-limit key.
 */
public final class ClientAddresses {

    private final List<Range> trustedProxies;

    /** @throws IllegalArgumentException naming the first entry that is not an address or a CIDR range */
    public ClientAddresses(Collection<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty())
                .map(Range::parse).toList();
    }

    public String of(HttpServletRequest request) {
        var peer = request.getRemoteAddr();
        var forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || !trusted(peer)) {
            return canonical(peer);
        }
        var hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            var hop = hops[i].strip();
            if (!hop.isEmpty() && !trusted(hop)) {
                return canonical(hop.length() > 64 ? hop.substring(0, 64) : hop);
            }
        }
        return canonical(peer);
    }

    boolean trusted(String address) {
        var parsed = literal(address);
        return parsed.isPresent() && trustedProxies.stream().anyMatch(range -> range.contains(parsed.get()));
    }

    private static String canonical(String address) {
        return literal(address).map(InetAddress::getHostAddress).orElse(address);
    }

    /**
     * An address literal as a peer or a forwarded hop writes it: IPv4, IPv6 with or without brackets
     * and zone, {@code 1.2.3.4:port} and {@code [::1]:port} (RFC 7239 style). Anything else is empty.
     */
    static Optional<InetAddress> literal(String text) {
        var s = text.strip();
        if (s.startsWith("[")) {
            int end = s.indexOf(']');
            if (end < 0) {
                return Optional.empty();
            }
            s = s.substring(1, end);
        } else if (s.indexOf(':') > 0 && s.indexOf(':') == s.lastIndexOf(':') && s.indexOf('.') > 0) {
            s = s.substring(0, s.indexOf(':')); // a.b.c.d:port
        }
        int zone = s.indexOf('%');
        if (zone >= 0) {
            s = s.substring(0, zone);
        }
        return strictLiteral(s);
    }

    /** Hex digits, dots and colons only, so {@link InetAddress#ofLiteral} never sees a name. */
    private static Optional<InetAddress> strictLiteral(String s) {
        if (s.isEmpty() || !s.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')) {
            return Optional.empty();
        }
        try {
            return Optional.of(unmapped(InetAddress.ofLiteral(s)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code ::ffff:a.b.c.d} is {@code a.b.c.d} (the JDK already does this for most spellings). */
    private static InetAddress unmapped(InetAddress address) {
        var bytes = address.getAddress();
        if (bytes.length == 16) {
            boolean mapped = bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
            for (int i = 0; i < 10 && mapped; i++) {
                mapped = bytes[i] == 0;
            }
            if (mapped) {
                try {
                    return Inet4Address.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16));
                } catch (java.net.UnknownHostException impossible) {
                    throw new IllegalStateException(impossible);
                }
            }
        }
        return address;
    }

    /** An address ({@code /32} or {@code /128}) or a CIDR range. */
    record Range(byte[] network, int prefix) {

        static Range parse(String entry) {
            int slash = entry.indexOf('/');
            var addressPart = slash < 0 ? entry : entry.substring(0, slash);
            @Nullable InetAddress address = strictLiteral(addressPart).orElse(null);
            if (address == null) {
                throw invalid(entry);
            }
            var bytes = address.getAddress();
            int bits = bytes.length * 8;
            int prefix = bits;
            if (slash >= 0) {
                var prefixPart = entry.substring(slash + 1);
                if (!prefixPart.matches("\\d{1,3}")) {
                    throw invalid(entry);
                }
                prefix = Integer.parseInt(prefixPart);
                // An IPv4-mapped IPv6 range (::ffff:10.0.0.0/104) is the IPv4 range it covers.
                if (bytes.length == 4 && addressPart.contains(":")) {
                    prefix -= 96;
                }
                if (prefix < 0 || prefix > bits) {
                    throw invalid(entry);
                }
            }
            for (int i = 0; i < bytes.length; i++) {
                int keep = Math.clamp(prefix - i * 8L, 0, 8);
                bytes[i] &= (byte) (0xff << (8 - keep));
            }
            return new Range(bytes, prefix);
        }

        boolean contains(InetAddress address) {
            var bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int i = 0; i < bytes.length; i++) {
                int keep = Math.clamp(prefix - i * 8L, 0, 8);
                int mask = (0xff << (8 - keep)) & 0xff;
                if ((bytes[i] & mask) != (network[i] & 0xff)) {
                    return false;
                }
            }
            return true;
        }

        private static IllegalArgumentException invalid(String entry) {
            return new IllegalArgumentException("journal.http.trusted-proxies: '" + entry
                    + "' is neither an IP address nor a CIDR range (such as 10.0.0.1, 10.0.0.0/8, ::1, fd00::/8;"
                    + " host names are not looked up)");
        }
    }
}
