package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Every answer carries Journal's security headers (issue 15): an API route, an API error, the Vaadin
 * pages whose address carries a mailed token, and HSTS exactly when the public base URL is https.
 *
 * @see "docs/decisions/0014-security-headers.md"
 */
class SecurityHeadersTest extends ApiTestBase {

    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

    @Test
    void an_api_route_answers_with_the_strict_headers_and_the_json_policy() {
        var response = get("/.well-known/jwks.json", null);
        assertThat(response.status()).isEqualTo(200);
        assertCommon(response);
        assertThat(response.headers().allValues("Content-Security-Policy")).containsExactly(API_CSP);
    }

    @Test
    void an_api_error_carries_them_too() {
        var response = get("/api/no-such-route", demoToken());
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertCommon(response);
        assertThat(response.headers().allValues("Content-Security-Policy")).containsExactly(API_CSP);
    }

    @Test
    void the_pages_and_those_with_a_token_in_their_address_carry_the_page_policy() {
        for (var path : new String[] {"/login", "/verify?token=x", "/reset?token=x", "/confirm-email?token=x"}) {
            var response = get(path, null);
            assertThat(response.status()).as(path).isEqualTo(200);
            assertCommon(response);
            assertThat(response.headers().allValues("Content-Security-Policy")).as(path).hasSize(1);
            assertThat(response.header("Content-Security-Policy")).as(path)
                    .contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
                            "default-src 'self'");
        }
    }

    @Test
    void a_missing_page_resource_carries_them_too() {
        var response = get("/VAADIN/no-such-file.js", null);
        assertThat(response.status()).isEqualTo(404);
        assertCommon(response);
    }

    @Test
    void no_hsts_while_the_public_base_url_is_http() {
        assertThat(get("/login", null).headers().allValues("Strict-Transport-Security")).isEmpty();
        assertThat(get("/api/no-such-route", null).headers().allValues("Strict-Transport-Security")).isEmpty();
    }

    private static void assertCommon(Response response) {
        assertThat(response.headers().allValues("Referrer-Policy")).containsExactly("no-referrer");
        assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(response.header("Permissions-Policy"))
                .contains("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()",
                        "publickey-credentials-get=(self)", "publickey-credentials-create=(self)");
    }
}
