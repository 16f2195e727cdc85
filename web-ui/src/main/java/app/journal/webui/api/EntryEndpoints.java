package app.journal.webui.api;

import app.journal.webui.api.journal.OnThisDay;
import app.journal.webui.api.journal.SearchLanguageSetting;
import app.journal.webui.api.journal.SearchPage;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;
import app.journal.webui.api.journal.Entry;
import app.journal.webui.api.journal.EntryDraft;
import app.journal.webui.api.journal.EntryPage;
import app.journal.webui.api.journal.Preview;
import app.journal.webui.api.account.Me;

/**
 * The calls made on behalf of whoever is signed in (or the demo). Bound to the client whose
 * {@link BearerRenewal} adds the bearer token and renews it on {@code 401}.
 */
@HttpExchange(url = "/api", accept = "application/json")
interface EntryEndpoints {

    // Dates go as ISO strings (2026-12-06): Spring would format a LocalDate parameter in a localized short style.


    @GetExchange("/me")
    Me me();

    @GetExchange("/entries")
    EntryPage list(@RequestParam(name = "cursor", required = false) @Nullable String cursor,
            @RequestParam("size") int size, @RequestParam(name = "from", required = false) @Nullable String from,
            @RequestParam(name = "to", required = false) @Nullable String to, @RequestParam("zone") String zone);

    @GetExchange("/entries/search")
    SearchPage search(@RequestParam("q") String q,
            @RequestParam(name = "cursor", required = false) @Nullable String cursor,
            @RequestParam("size") int size, @RequestParam(name = "from", required = false) @Nullable String from,
            @RequestParam(name = "to", required = false) @Nullable String to, @RequestParam("zone") String zone);

    @GetExchange("/entries/on-this-day")
    OnThisDay onThisDay(@RequestParam("date") String date, @RequestParam("zone") String zone);

    @GetExchange("/me/search-language")
    SearchLanguageSetting searchLanguage();

    @PutExchange(url = "/me/search-language", contentType = "application/json")
    SearchLanguageSetting chooseSearchLanguage(@RequestBody Map<String, String> body);

    @PostExchange(url = "/entries/preview", contentType = "application/json")
    Preview preview(@RequestBody Preview.Request request);

    @GetExchange("/entries/{id}")
    Entry get(@PathVariable("id") UUID id);

    @PostExchange(url = "/entries", contentType = "application/json")
    Entry create(@RequestBody EntryDraft draft);

    @PutExchange(url = "/entries/{id}", contentType = "application/json")
    Entry update(@PathVariable("id") UUID id, @RequestBody EntryDraft draft);

    @DeleteExchange("/entries/{id}")
    void delete(@PathVariable("id") UUID id);
}
