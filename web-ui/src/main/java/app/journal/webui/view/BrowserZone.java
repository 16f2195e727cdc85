package app.journal.webui.view;

import com.vaadin.flow.component.Component;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Times as the person reads them: in their browser's time zone once the browser told it, in UTC (and
 * saying so) until then.
 */
public final class BrowserZone {

    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private BrowserZone() {
    }

    /** Asks the browser for its time zone; {@code then} runs when it answers (not at all if detached). */
    public static void whenKnown(Component component, Consumer<ZoneId> then) {
        component.getUI().ifPresent(ui -> ui.getPage().retrieveExtendedClientDetails(
                details -> then.accept(zoneOrUtc(details.getTimeZoneId()))));
    }

    static ZoneId zoneOrUtc(@Nullable String zoneId) {
        if (zoneId == null || zoneId.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(zoneId);
        } catch (DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }

    /** "1 Dec 2026, 21:26"; "Not known" when the API did not say. */
    public static String format(@Nullable Instant at, ZoneId zone) {
        return at == null ? "Not known" : FORMAT.format(at.atZone(zone));
    }

    /** The line under a page's heading that says which time zone its times are in. */
    public static String note(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) || "UTC".equals(zone.getId()) || "Z".equals(zone.getId())
                ? "Times are in UTC."
                : "Times are in your time zone (" + zone.getId() + ").";
    }
}
