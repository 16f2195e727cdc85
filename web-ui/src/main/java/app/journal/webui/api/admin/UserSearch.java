package app.journal.webui.api.admin;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What {@code GET /api/admin/users} is asked: a search by address, a filter, and an order.
 *
 * @param query {@code null} or blank for every account
 */
public record UserSearch(@Nullable String query, Match match, @Nullable Filter filter, Sort sort, boolean ascending) {

    public static final UserSearch ALL = new UserSearch(null, Match.PREFIX, null, Sort.CREATED, false);

    public UserSearch {
        query = query == null || query.isBlank() ? null : query.strip();
        match = match == null ? Match.PREFIX : match;
        sort = sort == null ? Sort.CREATED : sort;
    }

    /** How the address is searched: from its start, or anywhere in it. */
    public enum Match {
        PREFIX, CONTAINS;

        public String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Which accounts only. */
    public enum Filter {
        UNVERIFIED("unverified"), DISABLED("disabled"), TWO_STEP("two-step"), NO_TWO_STEP("no-two-step");

        private final String parameter;

        Filter(String parameter) {
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    /** The columns the API sorts by. */
    public enum Sort {
        EMAIL("email"), CREATED("created"), LAST_SIGN_IN("lastSignIn");

        private final String parameter;

        Sort(String parameter) {
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }
}
