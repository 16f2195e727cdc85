package app.journal.webui.view;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.InvalidLocationException;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The way to the sign-in page and back: {@code /login?next=<path>}. Only paths of this application are
 * followed back (a single leading {@code /}), so a crafted link cannot send a person elsewhere.
 */
public final class SignInRedirect {

    public static final String NEXT = "next";
    private static final int MAX_LENGTH = 2_000;

    private SignInRedirect() {
    }

    /** The query parameters that bring a person back to {@code location} after signing in. */
    public static QueryParameters backTo(Location location) {
        return QueryParameters.of(NEXT, "/" + location.getPathWithQueryParameters());
    }

    /** The {@code next} path if it is one of this application's own, else empty. */
    static Optional<String> safeNext(@Nullable String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > MAX_LENGTH || !raw.startsWith("/") || raw.startsWith("//")
                || raw.indexOf('\\') >= 0 || raw.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Optional.empty();
        }
        return Optional.of(raw);
    }

    public static Optional<String> next(QueryParameters parameters) {
        return parameters.getSingleParameter(NEXT).flatMap(SignInRedirect::safeNext);
    }

    /** Goes to {@code next} if it is safe and not one of the sign-in pages themselves; else to the journal. */
    public static void follow(UI ui, Optional<String> next) {
        Location target = target(next);
        ui.navigate(target.getPath(), target.getQueryParameters());
    }

    /** The same as {@link #follow}, during a navigation. */
    public static void forward(BeforeEnterEvent event, Optional<String> next) {
        Location target = target(next);
        event.forwardTo(target.getPath(), target.getQueryParameters());
    }

    private static Location target(Optional<String> next) {
        return next.flatMap(SignInRedirect::parse)
                .filter(location -> !isAccountPage(location.getFirstSegment()))
                .orElseGet(() -> new Location(""));
    }

    private static Optional<Location> parse(String path) {
        try {
            return Optional.of(new Location(path.substring(1)));
        } catch (InvalidLocationException | IllegalArgumentException invalid) {
            return Optional.empty();
        }
    }

    private static boolean isAccountPage(String firstSegment) {
        return switch (firstSegment) {
            case Routes.LOGIN, Routes.REGISTER, Routes.CHECK_MAIL, Routes.VERIFY -> true;
            default -> false;
        };
    }
}
