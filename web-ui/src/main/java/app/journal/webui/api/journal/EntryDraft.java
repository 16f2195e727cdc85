package app.journal.webui.api.journal;

import org.jspecify.annotations.Nullable;

/**
 * What a person typed for an entry: sent as is to {@code POST /api/entries} and {@code PUT /api/entries/{id}}.
 * Deliberately not validated here: the API owns the rules and answers with field errors the UI shows inline.
 */
public record EntryDraft(String title, String body) {

    public EntryDraft(@Nullable String title, @Nullable String body) {
        this.title = title == null ? "" : title;
        this.body = body == null ? "" : body;
    }
}
