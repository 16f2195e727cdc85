package app.journal.adapter.persistence;

import app.journal.domain.user.Role;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.JSONB;

/**
 * The {@code users.roles} column: a JSON array of lower-case role codes, {@code ["user", "admin"]}.
 * The shape is so narrow that a strict parser of exactly that shape is safer than pulling in a JSON
 * library: anything else (objects, escapes, numbers, unknown roles) is refused loudly rather than
 * guessed at, because roles decide what a user may do.
 */
final class RolesJson {

    private static final Pattern CODE = Pattern.compile("[a-z_]+");
    private static final Pattern ELEMENT = Pattern.compile("\\s*\"([a-z_]+)\"\\s*");

    private RolesJson() {}

    static JSONB write(Set<Role> roles) {
        return JSONB.valueOf(roles.stream()
                .sorted() // declaration order: stable text for equal sets
                .map(RolesJson::code)
                .map(code -> '"' + code + '"')
                .collect(Collectors.joining(", ", "[", "]")));
    }

    static Set<Role> read(JSONB json) {
        String text = json.data().strip();
        if (text.length() < 2 || text.charAt(0) != '[' || text.charAt(text.length() - 1) != ']') {
            throw malformed(json);
        }
        String inner = text.substring(1, text.length() - 1);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (inner.isBlank()) {
            return roles;
        }
        // Elements cannot contain commas or escapes (they match [a-z_]+), so a split is exact.
        for (String element : inner.split(",", -1)) {
            var matcher = ELEMENT.matcher(element);
            if (!matcher.matches()) {
                throw malformed(json);
            }
            String code = matcher.group(1);
            try {
                roles.add(Role.fromCode(code));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("users.roles holds an unknown role \"" + code + "\": " + json.data(), e);
            }
        }
        return roles;
    }

    private static String code(Role role) {
        String code = role.code();
        if (!CODE.matcher(code).matches()) {
            throw new IllegalStateException("A role code must match [a-z_]+ to be stored: " + code);
        }
        return code;
    }

    private static IllegalStateException malformed(JSONB json) {
        return new IllegalStateException("users.roles is not a JSON array of role codes: " + json.data());
    }
}
