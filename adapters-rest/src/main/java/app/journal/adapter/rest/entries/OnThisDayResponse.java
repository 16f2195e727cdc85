package app.journal.adapter.rest.entries;

import java.time.LocalDate;
import java.util.List;

/** Entries written on {@code date}'s month and day in earlier years, newest first. */
public record OnThisDayResponse(LocalDate date, String zone, List<EntryResponse> items) {}
