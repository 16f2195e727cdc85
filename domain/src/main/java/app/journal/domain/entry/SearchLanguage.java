package app.journal.domain.entry;

import app.journal.domain.InvalidValueException;
import java.util.LinkedHashMap;
import java.util.SequencedMap;
import org.jspecify.annotations.Nullable;

/**
 * The language whose stemming an account's entries are searched with: one of PostgreSQL's built-in text
 * search configurations, {@code simple} (no stemming) when the person's language is not among them.
 *
 * @see "docs/decisions/0027-search-and-time.md"
 */
public record SearchLanguage(String name) {

    /** Name to ISO 639-1 code, the configurations PostgreSQL 15 ships ({@code simple} has no code). */
    private static final SequencedMap<String, String> SUPPORTED = supported();

    public static final SearchLanguage SIMPLE = new SearchLanguage("simple");

    public SearchLanguage {
        if (name == null || !SUPPORTED.containsKey(name)) {
            throw new InvalidValueException("language",
                    "The language must be one of " + String.join(", ", SUPPORTED.sequencedKeySet()) + ".");
        }
    }

    /** Every language, "simple" first, then alphabetical. */
    public static java.util.List<SearchLanguage> all() {
        return SUPPORTED.sequencedKeySet().stream().map(SearchLanguage::new).toList();
    }

    /** The ISO 639-1 code ("en" for english); empty for simple. */
    public String code() {
        return SUPPORTED.get(name);
    }

    /** The language for a BCP 47 tag such as "de-AT"; simple when there is none or it is not supported. */
    public static SearchLanguage forTag(@Nullable String tag) {
        if (tag == null || tag.isBlank()) {
            return SIMPLE;
        }
        String code = tag.strip().split("[-_]", 2)[0].toLowerCase(java.util.Locale.ROOT);
        if (code.equals("nb") || code.equals("nn")) {
            code = "no";
        }
        for (var e : SUPPORTED.entrySet()) {
            if (!e.getValue().isEmpty() && e.getValue().equals(code)) {
                return new SearchLanguage(e.getKey());
            }
        }
        return SIMPLE;
    }

    private static SequencedMap<String, String> supported() {
        var map = new LinkedHashMap<String, String>();
        map.put("simple", "");
        String[][] pairs = {{"arabic", "ar"}, {"armenian", "hy"}, {"basque", "eu"}, {"catalan", "ca"},
            {"danish", "da"}, {"dutch", "nl"}, {"english", "en"}, {"finnish", "fi"}, {"french", "fr"},
            {"german", "de"}, {"greek", "el"}, {"hindi", "hi"}, {"hungarian", "hu"}, {"indonesian", "id"},
            {"irish", "ga"}, {"italian", "it"}, {"lithuanian", "lt"}, {"nepali", "ne"}, {"norwegian", "no"},
            {"portuguese", "pt"}, {"romanian", "ro"}, {"russian", "ru"}, {"serbian", "sr"}, {"spanish", "es"},
            {"swedish", "sv"}, {"tamil", "ta"}, {"turkish", "tr"}, {"yiddish", "yi"}};
        for (String[] p : pairs) {
            map.put(p[0], p[1]);
        }
        return java.util.Collections.unmodifiableSequencedMap(map);
    }
}
