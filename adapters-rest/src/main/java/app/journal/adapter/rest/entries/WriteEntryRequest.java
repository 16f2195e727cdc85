package app.journal.adapter.rest.entries;

import org.jspecify.annotations.Nullable;

public record WriteEntryRequest(@Nullable String title, @Nullable String body) {}
