package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.journal.adapter.rest.token.JjwtTokenCodec;
import app.journal.application.port.out.Users;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.PasswordHash;
import app.journal.domain.user.User;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The journal API in demo mode: CRUD for the bearer, privacy between owners, and bad input. */
class EntriesApiTest extends ApiTestBase {

    @Autowired
    JjwtTokenCodec tokens;

    @Autowired
    Users users;

    @Test
    void demo_session_issues_a_bearer_access_token_that_is_not_cached() {
        var response = post("/api/demo/session", null, null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Cache-Control")).contains("no-store");
        var body = response.json();
        assertThat(body.get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(body.get("expiresIn").asLong()).isPositive();
        assertThat(body.get("accessToken").asString()).startsWith("eyJ");
    }

    @Test
    void write_list_read_edit_delete_round_trip() {
        var token = demoToken();

        var created = post("/api/entries", json(Map.of("title", "First day", "body", "It rained.")), token);
        assertThat(created.status()).isEqualTo(201);
        var id = created.json().get("id").asString();
        assertThat(created.header("Location")).isEqualTo("/api/entries/" + id);

        var list = get("/api/entries?size=50", token);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("items").valueStream().map(e -> e.get("id").asString())).contains(id);

        var read = get("/api/entries/" + id, token);
        assertThat(read.json().get("title").asString()).isEqualTo("First day");
        assertThat(read.json().get("body").asString()).isEqualTo("It rained.");

        var edited = send("PUT", "/api/entries/" + id, json(Map.of("title", "First day (edited)", "body", "Sun.")), token);
        assertThat(edited.status()).isEqualTo(200);
        assertThat(get("/api/entries/" + id, token).json().get("title").asString()).isEqualTo("First day (edited)");

        assertThat(send("DELETE", "/api/entries/" + id, null, token).status()).isEqualTo(204);
        assertThat(get("/api/entries/" + id, token).status()).isEqualTo(404);
        assertThat(send("DELETE", "/api/entries/" + id, null, token).status()).isEqualTo(404);
    }

    @Test
    void list_is_newest_first_in_keyset_pages() {
        var token = tokenForNewUser();
        for (int i = 1; i <= 3; i++) {
            assertThat(post("/api/entries", json(Map.of("title", "Entry " + i, "body", "")), token).status())
                    .isEqualTo(201);
        }

        var first = get("/api/entries?size=2", token).json();
        var second = get("/api/entries?size=2&cursor=" + first.get("nextCursor").asString(), token).json();

        assertThat(first.get("totalItems").asLong()).isEqualTo(3);
        assertThat(second.get("nextCursor").isNull()).isTrue();
        assertThat(first.get("items").valueStream().map(e -> e.get("title").asString()))
                .containsExactly("Entry 3", "Entry 2");
        assertThat(second.get("items").valueStream().map(e -> e.get("title").asString()))
                .containsExactly("Entry 1");
    }

    @Test
    void someone_elses_entry_is_not_found_for_read_edit_and_delete() {
        var owner = tokenForNewUser();
        var stranger = tokenForNewUser();
        var id = post("/api/entries", json(Map.of("title", "Private", "body", "mine")), owner).json().get("id").asString();

        assertThat(get("/api/entries/" + id, stranger).status()).isEqualTo(404);
        assertThat(send("PUT", "/api/entries/" + id, json(Map.of("title", "Hacked", "body", "")), stranger).status())
                .isEqualTo(404);
        assertThat(send("DELETE", "/api/entries/" + id, null, stranger).status()).isEqualTo(404);
        assertThat(get("/api/entries", stranger).json().get("totalItems").asLong()).isZero();

        var untouched = get("/api/entries/" + id, owner).json();
        assertThat(untouched.get("title").asString()).isEqualTo("Private");
    }

    @Test
    void entries_need_a_valid_access_token() {
        assertThat(get("/api/entries", null).status()).isEqualTo(401);
        var garbage = get("/api/entries", "not-a-token");
        assertThat(garbage.status()).isEqualTo(401);
        assertThat(garbage.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
        assertThat(garbage.header("Content-Type")).startsWith("application/problem+json");
        assertThat(garbage.json().get("type").asString()).isEqualTo("urn:journal:problem:unauthorized");
    }

    @Test
    void empty_title_is_a_400_naming_the_field() {
        var response = post("/api/entries", json(Map.of("title", "  ", "body", "x")), demoToken());

        assertProblem(response, 400, "urn:journal:problem:invalid-input");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("title");
    }

    @Test
    void a_body_of_several_megabytes_is_a_413_and_nothing_is_stored() {
        var token = tokenForNewUser();
        var huge = "x".repeat(3 * 1024 * 1024);

        var response = post("/api/entries", json(Map.of("title", "Big", "body", huge)), token);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:journal:problem:request-too-large");
        assertThat(get("/api/entries", token).json().get("totalItems").asLong()).isZero();
    }

    @Test
    void a_body_just_over_the_field_limit_is_a_400_naming_the_field() {
        var response = post("/api/entries", json(Map.of("title", "Long", "body", "y".repeat(100_001))), demoToken());

        assertProblem(response, 400, "urn:journal:problem:invalid-input");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("body");
    }

    @Test
    void malformed_json_is_a_400() {
        var response = post("/api/entries", "{\"title\": \"unterminated", demoToken());

        assertProblem(response, 400, "urn:journal:problem:malformed-request");
    }

    @Test
    void unknown_fields_are_a_400_that_names_them() {
        var response = post("/api/entries", json(Map.of("title", "t", "body", "b", "ownerId", "x")), demoToken());

        assertProblem(response, 400, "urn:journal:problem:malformed-request");
        assertThat(response.json().get("detail").asString()).contains("ownerId");
    }

    @Test
    void a_bad_uuid_is_a_400_naming_the_parameter() {
        var response = get("/api/entries/not-a-uuid", demoToken());

        assertProblem(response, 400, "urn:journal:problem:invalid-input");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("id");
    }

    @Test
    void a_bad_page_size_is_a_400() {
        assertProblem(get("/api/entries?size=0", demoToken()), 400, "urn:journal:problem:invalid-input");
        assertProblem(get("/api/entries?size=abc", demoToken()), 400, "urn:journal:problem:invalid-input");
    }

    private void assertProblem(Response response, int status, String type) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo(type);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("trace");
    }

    /** A second person, so that privacy between owners can be tested before accounts exist. */
    private String tokenForNewUser() {
        var id = UserId.random();
        var now = Instant.now();
        users.addIfEmailFree(User.register(id, new EmailAddress(id + "@example.org"), new PasswordHash("unused"), now));
        return tokens.issueAccess(id, null, java.util.Set.of(app.journal.domain.user.Role.USER)).value();
    }
}
