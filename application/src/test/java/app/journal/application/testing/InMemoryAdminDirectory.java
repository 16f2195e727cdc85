package app.journal.application.testing;

import app.journal.application.port.PageRequest;
import app.journal.application.port.out.AdminDirectory;
import app.journal.application.port.out.Passkeys;
import app.journal.application.port.out.TwoStepFactors;
import app.journal.application.port.out.UserSessions;
import app.journal.domain.user.Role;
import app.journal.domain.user.User;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * {@link AdminDirectory} read off the other in-memory stores, as the adapter reads the tables: the row's counts
 * come from the sessions, factors and passkeys given. The in-memory users keep no last sign-in, so it is always
 * null here (and sorts last). {@link #lockAdministrators} counts the enabled administrators there are now.
 */
public final class InMemoryAdminDirectory implements AdminDirectory {

    private final InMemoryUsers users;
    private final UserSessions sessions;
    private final TwoStepFactors factors;
    private final Passkeys passkeys;
    private int locks;

    public InMemoryAdminDirectory(InMemoryUsers users, UserSessions sessions, TwoStepFactors factors,
            Passkeys passkeys) {
        this.users = users;
        this.sessions = sessions;
        this.factors = factors;
        this.passkeys = passkeys;
    }

    @Override
    public Listing search(Search search, PageRequest request, int countLimit, Instant now) {
        var query = search.query() == null ? "" : search.query().strip().toLowerCase(Locale.ROOT);
        Comparator<Row> order = switch (search.sort()) {
            case EMAIL -> Comparator.comparing(Row::email);
            case CREATED -> Comparator.comparing(Row::createdAt);
            case LAST_SIGN_IN -> Comparator.comparing(Row::lastSignInAt, Comparator.nullsLast(Comparator.naturalOrder()));
        };
        if (search.descending()) {
            order = order.reversed();
        }
        var matching = users.all().stream().map(u -> row(u, now))
                .filter(r -> search.match() == Match.PREFIX ? r.email().startsWith(query) : r.email().contains(query))
                .filter(r -> search.filter() == null || switch (search.filter()) {
                    case UNVERIFIED -> !r.verified();
                    case DISABLED -> r.disabled();
                    case TWO_STEP -> r.twoStep();
                    case NO_TWO_STEP -> !r.twoStep();
                })
                .sorted(order).toList();
        var page = matching.stream().skip(request.offset()).limit(request.size()).toList();
        return Listing.of(page, request, matching.size(), countLimit);
    }

    @Override
    public Optional<Row> row(UserId id, Instant now) {
        return users.findById(id).map(u -> row(u, now));
    }

    @Override
    public synchronized int lockAdministrators() {
        locks++;
        return (int) users.all().stream().filter(u -> u.roles().contains(Role.ADMIN) && !u.isDisabled()).count();
    }

    /** How often {@link #lockAdministrators} was asked. */
    public synchronized int locks() {
        return locks;
    }

    private Row row(User user, Instant now) {
        return new Row(user.id(), user.email().value(), user.createdAt(), null, user.isVerified(),
                factors.find(user.id()).map(TwoStepFactors.Factor::enabled).orElse(false), passkeys.count(user.id()),
                user.isDisabled(), user.roles().contains(Role.ADMIN), sessions.unrevokedOf(user.id(), now).size());
    }
}
