package app.journal.webui.view.journal;

import app.journal.webui.api.journal.Entry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How an entry's dates read on its card, in the time zone of the person's browser. */
final class EntryDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private EntryDates() {
    }

    static String describe(Entry entry, ZoneId zone) {
        String written = FORMAT.format(entry.createdAt().atZone(zone));
        return entry.edited() ? written + " · edited " + FORMAT.format(entry.updatedAt().atZone(zone)) : written;
    }
}
