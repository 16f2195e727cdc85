package app.journal.adapter.rest.entries;

import org.jspecify.annotations.Nullable;

/** A body being written, to be shown as it will look ({@code POST /api/entries/preview}). */
public record PreviewRequest(@Nullable String body) {}
