package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 19 over HTTP on a real PostgreSQL: search (grammar, ranking, highlights, accents, stemming, prefixes),
 * keyset pages, date ranges and "On this day", each proved per account with two accounts writing the same words.
 */
class EntrySearchApiTest extends AccountsApiTestBase {

    private String alice;
    private String bob;
    private UUID aliceId;
    private UUID bobId;

    @BeforeEach
    void twoAccounts() {
        alice = registerVerifyAndLogIn(uniqueEmail()).get("accessToken").asString();
        bob = registerVerifyAndLogIn(uniqueEmail()).get("accessToken").asString();
        aliceId = UUID.fromString(get("/api/me", alice).json().get("id").asString());
        bobId = UUID.fromString(get("/api/me", bob).json().get("id").asString());
    }

    @Test
    void searchSpeaksTheGrammarRanksTitlesFirstAndMarksTheMatches() {
        var language = get("/api/me/search-language", alice).json();
        assertThat(language.get("language").asString()).isEqualTo("simple");
        assertThat(language.get("chosen").asBoolean()).isFalse();
        assertThat(language.get("supported").valueStream().map(l -> l.get("name").asString())).contains("english", "german");
        var chosen = send("PUT", "/api/me/search-language", json(Map.of("language", "english")), alice);
        assertThat(chosen.status()).isEqualTo(200);
        assertThat(chosen.json().get("chosen").asBoolean()).isTrue();

        write(alice, "Running in the park", "We ran far and then sat down.");
        write(alice, "Groceries", "Bread and milk; the park was closed.");
        write(alice, "Café notes", "Naïve coffee at the CAFÉ <script>alert(1)</script>");
        write(alice, "Dog day", "The big dog barked at a cat.");

        var park = search(alice, "park");
        assertThat(titles(park)).containsExactly("Running in the park", "Groceries");
        var first = park.get("items").get(0);
        assertThat(first.get("rank").asDouble()).isGreaterThan(park.get("items").get(1).get("rank").asDouble());
        assertThat(marked(first.get("title"))).containsExactly("park");
        var snippet = park.get("items").get(1).get("snippet");
        assertThat(snippet.get("text").asString()).contains("the park was closed");
        assertThat(marked(snippet)).containsExactly("park");

        assertThat(titles(search(alice, "\"big dog\""))).containsExactly("Dog day");
        assertThat(titles(search(alice, "\"dog big\""))).isEmpty();
        assertThat(titles(search(alice, "park -bread"))).containsExactly("Running in the park");
        assertThat(titles(search(alice, "bread or coffee"))).containsExactlyInAnyOrder("Groceries", "Café notes");
        // Stemming in english: "runs" finds "Running" and "ran"'s entry by its stem (quoted: no prefix).
        assertThat(titles(search(alice, "\"runs\""))).containsExactly("Running in the park");
        // Accents and case do not matter, and the title keeps its accent with the match marked.
        var cafe = search(alice, "CAFE naive");
        assertThat(titles(cafe)).containsExactly("Café notes");
        assertThat(marked(cafe.get("items").get(0).get("title"))).containsExactly("Café");
        assertThat(marked(cafe.get("items").get(0).get("snippet"))).contains("Naïve", "CAFÉ");
        // Plain text with ranges, never HTML: no <b> of ts_headline's default marks, and no markup of the body
        // (ts_headline leaves tags out of a snippet; the entry itself is in "entry" as written).
        var coffee = search(alice, "coffee").get("items").get(0);
        assertThat(coffee.get("snippet").get("text").asString()).contains("coffee").doesNotContain("<b>", "<script>");
        assertThat(coffee.get("entry").get("body").asString()).contains("<script>alert(1)</script>");
        // The last word matches as a prefix while typing.
        assertThat(titles(search(alice, "groc"))).containsExactly("Groceries");
        assertThat(titles(search(alice, "big do"))).containsExactly("Dog day");
    }

    @Test
    void theLanguageDecidesStemmingAndChangingItReindexesTheAccount() {
        write(bob, "Running", "in the rain");
        assertThat(titles(search(bob, "\"runs\""))).isEmpty(); // simple: no stemming
        assertThat(send("PUT", "/api/me/search-language", json(Map.of("language", "english")), bob).status())
                .isEqualTo(200);
        assertThat(titles(search(bob, "\"runs\""))).containsExactly("Running");
        write(bob, "Runner", "new entries take the account's language too");
        assertThat(titles(search(bob, "\"runners\""))).containsExactly("Runner");

        var klingon = send("PUT", "/api/me/search-language", json(Map.of("language", "klingon")), bob);
        assertInvalid(klingon, "language");
        assertThat(send("PUT", "/api/me/search-language", json(Map.of("language", "english")), demoToken()).status())
                .isEqualTo(403);
    }

    @Test
    void twoAccountsWithTheSameWordsNeverSeeEachOther() throws SQLException {
        var at = Instant.parse("2025-12-06T10:00:00Z");
        for (int i = 0; i < 3; i++) {
            insert(aliceId, "Shared words " + i, "lighthouse keeper", at.plusSeconds(i));
            insert(bobId, "Shared words " + i, "lighthouse keeper", at.plusSeconds(i));
        }
        var aliceIds = idsOf(allPages(alice, "/api/entries?size=2"));
        var bobIds = idsOf(allPages(bob, "/api/entries?size=2"));
        assertThat(aliceIds).hasSize(3).doesNotContainAnyElementsOf(bobIds);
        assertThat(bobIds).hasSize(3);

        var searched = new ArrayList<String>();
        String cursor = null;
        do {
            var page = get("/api/entries/search?q=lighthouse&size=2" + (cursor == null ? "" : "&cursor=" + cursor), alice)
                    .json();
            page.get("items").valueStream().forEach(h -> searched.add(h.get("entry").get("id").asString()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
        } while (cursor != null);
        assertThat(searched).containsExactlyInAnyOrderElementsOf(aliceIds);

        assertThat(idsOf(allPages(alice, "/api/entries?from=2025-12-06&to=2025-12-06&size=5"))).isEqualTo(aliceIds);
        var onThisDay = get("/api/entries/on-this-day?date=2026-12-06&zone=UTC", alice).json();
        assertThat(onThisDay.get("items").valueStream().map(e -> e.get("id").asString()))
                .containsExactlyInAnyOrderElementsOf(aliceIds);
        // Bob's cursor on Alice's list moves within Alice's entries only.
        var bobCursor = get("/api/entries?size=1", bob).json().get("nextCursor").asString();
        assertThat(idsOf(List.of(get("/api/entries?size=5&cursor=" + bobCursor, alice).json())))
                .isSubsetOf(aliceIds);
    }

    @Test
    void keysetPagesWalkEveryEntryOnceEvenWithEqualTimes() throws SQLException {
        var at = Instant.parse("2026-03-01T12:00:00Z");
        var expected = new HashSet<String>();
        for (int i = 0; i < 23; i++) {
            // Groups of five share a creation time: the id breaks the tie.
            expected.add(insert(aliceId, "Entry " + i, "same words in every entry", at.plusSeconds(i / 5)).toString());
        }
        var pages = allPages(alice, "/api/entries?size=4");
        assertThat(pages).hasSize(6);
        assertThat(pages.getFirst().get("totalItems").asLong()).isEqualTo(23);
        var ids = idsOf(pages);
        assertThat(ids).hasSize(23).doesNotHaveDuplicates();
        assertThat(new HashSet<>(ids)).isEqualTo(expected);

        // Search pages: every hit has the same rank, so only the id orders them.
        var searched = new ArrayList<String>();
        String cursor = null;
        int pagesSeen = 0;
        do {
            var page = get("/api/entries/search?q=words&size=5" + (cursor == null ? "" : "&cursor=" + cursor), alice)
                    .json();
            page.get("items").valueStream().forEach(h -> searched.add(h.get("entry").get("id").asString()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
            pagesSeen++;
        } while (cursor != null);
        assertThat(pagesSeen).isEqualTo(5);
        assertThat(searched).hasSize(23).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void dateRangesAndOnThisDayAreReadInTheClientsZone() throws SQLException {
        // 23:30 UTC on 6 December 2024 is already 7 December in Berlin.
        var lateEvening = insert(aliceId, "Late", "x", Instant.parse("2024-12-06T23:30:00Z")).toString();
        var lastYear = insert(aliceId, "Last year", "x", Instant.parse("2025-12-06T10:00:00Z")).toString();
        var thisYear = insert(aliceId, "This year", "x", Instant.parse("2026-12-06T08:00:00Z")).toString();
        var dayBefore = insert(aliceId, "Day before", "x", Instant.parse("2025-12-05T10:00:00Z")).toString();

        assertThat(onThisDay(alice, "2026-12-06", "Europe/Berlin")).containsExactly(lastYear);
        assertThat(onThisDay(alice, "2026-12-06", "UTC")).containsExactly(lastYear, lateEvening);
        assertThat(onThisDay(alice, "2026-12-07", "Europe/Berlin")).containsExactly(lateEvening);
        assertThat(onThisDay(bob, "2026-12-06", "UTC")).isEmpty();

        assertThat(idsOf(allPages(alice, "/api/entries?from=2025-12-05&to=2025-12-06&zone=Europe/Berlin")))
                .containsExactly(lastYear, dayBefore);
        assertThat(idsOf(allPages(alice, "/api/entries?from=2024-12-07&to=2024-12-07&zone=Europe/Berlin")))
                .containsExactly(lateEvening);
        assertThat(idsOf(allPages(alice, "/api/entries?from=2026-01-01"))).containsExactly(thisYear);
        assertThat(get("/api/entries?from=2026-01-01", alice).json().get("totalItems").asLong()).isEqualTo(1);
        assertThat(titles(get("/api/entries/search?q=x&to=2024-12-31&zone=UTC", alice).json())).containsExactly("Late");
    }

    @Test
    void badInputIsAProblemNamingTheParameter() {
        assertInvalid(get("/api/entries/search?q=" + "a".repeat(201), alice), "q");
        assertInvalid(get("/api/entries/search?q=%20", alice), "q");
        assertInvalid(get("/api/entries/search", alice), "q");
        assertInvalid(get("/api/entries?cursor=not-a-cursor!", alice), "cursor");
        assertInvalid(get("/api/entries?cursor=" + "A".repeat(300), alice), "cursor");
        String listCursor = cursorFromList();
        assertInvalid(get("/api/entries/search?q=x&cursor=" + listCursor, alice), "cursor");
        assertInvalid(get("/api/entries?zone=Mars/Olympus_Mons", alice), "zone");
        assertInvalid(get("/api/entries/on-this-day?zone=" + enc("../../etc"), alice), "zone");
        assertInvalid(get("/api/entries/on-this-day?date=2026-13-01", alice), "date");
        assertInvalid(get("/api/entries?from=2026-02-01&to=2026-01-01", alice), "to");
        assertInvalid(get("/api/entries?size=0", alice), "size");
        assertInvalid(get("/api/entries/search?q=x&size=51", alice), "size");
        assertThat(get("/api/entries/search?q=x", null).status()).isEqualTo(401);
        // Grammar that is not grammar is no error: websearch_to_tsquery never fails.
        assertThat(get("/api/entries/search?q=" + enc("\"(-or & | !:* '"), alice).status()).isEqualTo(200);
    }

    @Test
    void searchesAreRateLimitedPerAccountAndReadingIsNot() {
        write(alice, "Park", "A walk in the park.");
        for (int i = 0; i < 300; i++) {
            var allowed = get("/api/entries/search?q=park", alice);
            assertThat(allowed.status()).as("search %d of the 300 a minute", i + 1).isEqualTo(200);
        }

        // The limiter's windows are fixed: when the 300 straddle a window's end, the next window allows up to
        // 300 more, never fewer; the limit shows within them.
        var limited = get("/api/entries/search?q=park", alice);
        for (int more = 0; more < 300 && limited.status() == 200; more++) {
            limited = get("/api/entries/search?q=park", alice);
        }

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Content-Type")).startsWith("application/problem+json");
        assertThat(limited.json().get("type").asString()).isEqualTo("urn:journal:problem:too-many-requests");
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 60);
        assertThat(get("/api/entries", alice).status()).as("reading pages is not limited").isEqualTo(200);
        assertThat(get("/api/entries/search?q=park", bob).status()).as("another account's searches").isEqualTo(200);
    }

    private String cursorFromList() {
        write(alice, "one", "");
        write(alice, "two", "");
        return get("/api/entries?size=1", alice).json().get("nextCursor").asString();
    }

    private void write(String token, String title, String body) {
        assertThat(post("/api/entries", json(Map.of("title", title, "body", body)), token).status()).isEqualTo(201);
    }

    private UUID insert(UUID owner, String title, String body, Instant createdAt) throws SQLException {
        var id = UUID.randomUUID();
        try (var c = database.dataSource().getConnection();
                var s = c.prepareStatement("INSERT INTO journal_entries (id, owner_id, title, body, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, id);
            s.setObject(2, owner);
            s.setString(3, title);
            s.setString(4, body);
            s.setTimestamp(5, Timestamp.from(createdAt));
            s.setTimestamp(6, Timestamp.from(createdAt));
            s.executeUpdate();
        }
        return id;
    }

    private JsonNode search(String token, String q) {
        var response = get("/api/entries/search?q=" + enc(q), token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private List<JsonNode> allPages(String token, String path) {
        var pages = new ArrayList<JsonNode>();
        String cursor = null;
        do {
            var response = get(path + (cursor == null ? "" : (path.contains("?") ? "&" : "?") + "cursor=" + cursor), token);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            var page = response.json();
            pages.add(page);
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
        } while (cursor != null);
        return pages;
    }

    private List<String> onThisDay(String token, String date, String zone) {
        var response = get("/api/entries/on-this-day?date=" + date + "&zone=" + enc(zone), token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("items").valueStream().map(e -> e.get("id").asString()).toList();
    }

    private static List<String> idsOf(List<JsonNode> pages) {
        return pages.stream().flatMap(p -> p.get("items").valueStream()).map(e -> e.get("id").asString()).toList();
    }

    private static List<String> titles(JsonNode results) {
        return results.get("items").valueStream().map(h -> h.get("entry").get("title").asString()).toList();
    }

    /** The highlighted pieces of a marked text, cut out by their ranges. */
    private static List<String> marked(JsonNode marked) {
        String text = marked.get("text").asString();
        return marked.get("highlights").valueStream()
                .map(r -> text.substring(r.get("start").asInt(), r.get("end").asInt())).toList();
    }

    private void assertInvalid(Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        var body = response.json();
        assertThat(body.get("type").asString()).isEqualTo("urn:journal:problem:invalid-input");
        assertThat(body.get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
