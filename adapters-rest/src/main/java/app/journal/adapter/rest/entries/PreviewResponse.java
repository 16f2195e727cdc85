package app.journal.adapter.rest.entries;

/** The body rendered exactly as an entry's {@code html} will be. */
public record PreviewResponse(String html) {}
