package app.journal.adapter.rest.entries;

import org.jspecify.annotations.Nullable;

public record EditEntryRequest(@Nullable String title, @Nullable String body) {}
