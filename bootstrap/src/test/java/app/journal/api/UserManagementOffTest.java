package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seed M1.T2/M1.T3: with JOURNAL_USER_MGMT_ENABLED=false every new route is a 404, whatever the method. */
class UserManagementOffTest extends ApiTestBase {

    static List<String> accountRoutes() {
        return List.of("/api/auth/register", "/api/auth/verify", "/api/auth/resend-verification", "/api/auth/login",
                "/api/auth/refresh", "/api/auth/logout", "/api/me", "/api/sessions",
                "/api/sessions/00000000-0000-0000-0000-000000000000", "/api/sessions/others", "/api/me/activity",
                "/api/auth/forgot-password", "/api/auth/reset-password", "/api/auth/confirm-email", "/api/me/password",
                "/api/me/email", "/api/me/export", "/api/auth/cancel-email-change",
                "/api/auth/second-step", "/api/me/confirm", "/api/me/security", "/api/me/two-step/setup",
                "/api/me/two-step/enable", "/api/me/two-step/disable", "/api/me/two-step/recovery-codes",
                "/api/me/trusted-browsers/00000000-0000-0000-0000-000000000000",
                "/api/auth/passkey/options", "/api/auth/passkey", "/api/me/passkeys", "/api/me/passkeys/options",
                "/api/me/passkeys/AAAA", "/api/me/confirm/passkey/options", "/api/me/confirm/passkey");
    }

    @ParameterizedTest
    @MethodSource("accountRoutes")
    void every_account_route_is_not_found_for_every_method(String path) {
        for (var method : List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS")) {
            var body = List.of("POST", "PUT", "PATCH").contains(method) ? "{}" : null;
            var response = send(method, path, body, null);
            assertThat(response.status()).as(method + " " + path).isEqualTo(404);
        }
    }

    @ParameterizedTest
    @MethodSource("accountRoutes")
    void account_routes_are_not_found_even_with_a_valid_token(String path) {
        assertThat(get(path, demoToken()).status()).isEqualTo(404);
    }

    @org.junit.jupiter.api.Test
    void the_cookie_transport_is_not_found_either() {
        var login = post("/api/auth/login", json(java.util.Map.of("email", "ada@example.org", "password", "x",
                "transport", "cookie", "rememberMe", true)), null);
        assertThat(login.status()).isEqualTo(404);
        assertThat(login.headers().allValues("Set-Cookie")).isEmpty();

        for (var path : List.of("/api/auth/refresh", "/api/auth/logout")) {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                    .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                    .header("Cookie", "__Host-journal-refresh=eyJx; journal-refresh=eyJy")
                    .header("Sec-Fetch-Site", "same-origin")
                    .header("X-CSRF-Token", "A".repeat(43)).build();
            var response = http.sendAsync(request, java.net.http.HttpResponse.BodyHandlers.ofString()).join();
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
    }

    @org.junit.jupiter.api.Test
    void demo_mode_and_the_journal_work_as_before() {
        var token = demoToken();
        assertThat(post("/api/entries", json(java.util.Map.of("title", "Still here", "body", "")), token).status())
                .isEqualTo(201);
    }
}
