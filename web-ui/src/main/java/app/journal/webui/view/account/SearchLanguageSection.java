package app.journal.webui.view.account;

import app.journal.webui.api.journal.SearchLanguageSetting;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * "Search language": the language whose word forms search matches ("running" finds "run" in english; simple
 * matches words as written). Set from the browser's language the first time the journal opens.
 */
final class SearchLanguageSection extends AccountSection {

    SearchLanguageSection(Supplier<SearchLanguageSetting> current, Function<String, SearchLanguageSetting> choose,
            Confirmation confirmation, Runnable onSessionEnded) {
        super("search-language-section", "Search language", "Search finds words by their stem in this language. "
                + "Choose simple to match words exactly as written.", confirmation, onSessionEnded);
        Select<String> language = new Select<>();
        language.setId("search-language");
        language.setLabel("Language");
        Button save = new Button("Save language");
        save.setId("save-search-language");
        save.addClickListener(e -> attempt("The language was not saved.", () -> choose.apply(language.getValue()),
                problem -> say("The language was not saved. " + problem.getMessage()),
                saved -> say("Search now uses " + saved.language() + ". Your entries were indexed again.")));
        form.add(language, save);
        attempt("The search language could not be loaded.", current::get,
                problem -> say("The search language could not be loaded. " + problem.getMessage()), setting -> {
                    language.setItems(setting.supported().stream().map(SearchLanguageSetting.Language::name).toList());
                    language.setValue(setting.language());
                });
    }
}
