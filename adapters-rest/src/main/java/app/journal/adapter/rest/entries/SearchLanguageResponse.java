package app.journal.adapter.rest.entries;

import app.journal.application.port.journal.SearchLanguageSetting;
import app.journal.domain.entry.SearchLanguage;
import java.util.List;

/**
 * The account's search language; {@code chosen} is false until its person picked one (then it is {@code simple}),
 * so a client can set it from the browser's language once. {@code supported} lists every name with its ISO 639-1
 * code ({@code ""} for simple).
 */
public record SearchLanguageResponse(String language, boolean chosen, List<Language> supported) {

    public record Language(String name, String code) {}

    static SearchLanguageResponse from(SearchLanguageSetting setting) {
        return new SearchLanguageResponse(setting.language().name(), setting.chosen(),
                SearchLanguage.all().stream().map(l -> new Language(l.name(), l.code())).toList());
    }
}
