package app.journal.adapter.rest.entries;

import app.journal.adapter.rest.security.JournalPrincipal;
import app.journal.application.port.in.journal.SearchJournal;
import app.journal.domain.entry.SearchLanguage;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The language the caller's entries are searched in (stemming). Reading is open to demo tokens; changing it needs
 * an account's token (the demo's shared journal stays {@code simple}: a demo token is a 403).
 */
@RestController
class SearchLanguageController {

    private final SearchJournal searchJournal;

    SearchLanguageController(SearchJournal searchJournal) {
        this.searchJournal = searchJournal;
    }

    @GetMapping("/api/me/search-language")
    @Operation(summary = "The account's search language, whether its person chose it, and every supported language")
    SearchLanguageResponse read(@AuthenticationPrincipal JournalPrincipal caller) {
        return SearchLanguageResponse.from(searchJournal.language(caller.userId()));
    }

    @PutMapping(value = "/api/me/search-language", consumes = "application/json")
    @Operation(summary = "Sets the search language (one of supported) and re-indexes the account's entries with it")
    SearchLanguageResponse choose(@AuthenticationPrincipal JournalPrincipal caller,
            @RequestBody SearchLanguageRequest request) {
        caller.accountSession();
        searchJournal.chooseLanguage(caller.userId(), new SearchLanguage(request.language()));
        return SearchLanguageResponse.from(searchJournal.language(caller.userId()));
    }
}
