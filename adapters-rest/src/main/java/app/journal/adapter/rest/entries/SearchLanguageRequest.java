package app.journal.adapter.rest.entries;

import org.jspecify.annotations.Nullable;

public record SearchLanguageRequest(@Nullable String language) {}
