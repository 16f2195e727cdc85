package app.journal.adapter.rest.admin;

import app.journal.application.port.out.AdminAudit;
import app.journal.application.port.out.AdminDirectory;
import app.journal.domain.InvalidValueException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The query parameters of the lists, read strictly: an unknown value is a 400 naming the parameter. */
final class AdminParameters {

    static final int MAX_QUERY = 254;

    private AdminParameters() {}

    static AdminDirectory.Search search(@Nullable String q, @Nullable String match, @Nullable String filter,
            @Nullable String sort, @Nullable String dir) {
        if (q != null && q.length() > MAX_QUERY) {
            throw new InvalidValueException("q", "The search must be at most " + MAX_QUERY + " characters.");
        }
        var m = switch (blankToNull(match) == null ? "prefix" : match) {
            case "prefix" -> AdminDirectory.Match.PREFIX;
            case "contains" -> AdminDirectory.Match.CONTAINS;
            default -> throw new InvalidValueException("match", "'match' must be prefix or contains.");
        };
        var f = blankToNull(filter) == null ? null : switch (filter) {
            case "unverified" -> AdminDirectory.Filter.UNVERIFIED;
            case "disabled" -> AdminDirectory.Filter.DISABLED;
            case "two-step" -> AdminDirectory.Filter.TWO_STEP;
            case "no-two-step" -> AdminDirectory.Filter.NO_TWO_STEP;
            default -> throw new InvalidValueException("filter",
                    "'filter' must be unverified, disabled, two-step or no-two-step.");
        };
        var s = switch (blankToNull(sort) == null ? "email" : sort) {
            case "email" -> AdminDirectory.Sort.EMAIL;
            case "created" -> AdminDirectory.Sort.CREATED;
            case "lastSignIn" -> AdminDirectory.Sort.LAST_SIGN_IN;
            default -> throw new InvalidValueException("sort", "'sort' must be email, created or lastSignIn.");
        };
        boolean descending = switch (blankToNull(dir) == null ? "asc" : dir) {
            case "asc" -> false;
            case "desc" -> true;
            default -> throw new InvalidValueException("dir", "'dir' must be asc or desc.");
        };
        return new AdminDirectory.Search(blankToNull(q), m, f, s, descending);
    }

    static AdminAudit.Filter audit(@Nullable String actor, @Nullable String target, @Nullable String action,
            @Nullable String from, @Nullable String to) {
        return new AdminAudit.Filter(lower(actor), lower(target), blankToNull(action), instant("from", from),
                instant("to", to));
    }

    private static @Nullable String lower(@Nullable String value) {
        var v = blankToNull(value);
        return v == null ? null : v.strip().toLowerCase(Locale.ROOT);
    }

    private static @Nullable Instant instant(String name, @Nullable String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(name, "'" + name + "' must be an instant like 2026-01-31T00:00:00Z.");
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
