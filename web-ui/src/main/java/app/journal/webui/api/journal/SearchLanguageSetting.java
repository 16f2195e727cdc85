package app.journal.webui.api.journal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The account's search language ({@code GET/PUT /api/me/search-language}); {@code chosen} false until set. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SearchLanguageSetting(String language, boolean chosen, List<Language> supported) {

    public SearchLanguageSetting(@Nullable String language, boolean chosen, @Nullable List<Language> supported) {
        this.language = language == null ? "simple" : language;
        this.chosen = chosen;
        this.supported = supported == null ? List.of() : List.copyOf(supported);
    }

    /** A language's name ("english") and ISO 639-1 code ("en"; empty for simple). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Language(String name, String code) {}

    /** The supported language for a browser's language tag ("de-AT"), "simple" when none. */
    public String forBrowserTag(@Nullable String tag) {
        if (tag == null || tag.isBlank()) {
            return "simple";
        }
        String code = tag.strip().split("[-_]", 2)[0].toLowerCase(java.util.Locale.ROOT);
        if (code.equals("nb") || code.equals("nn")) {
            code = "no";
        }
        for (Language l : supported) {
            if (!l.code().isEmpty() && l.code().equals(code)) {
                return l.name();
            }
        }
        return "simple";
    }
}
