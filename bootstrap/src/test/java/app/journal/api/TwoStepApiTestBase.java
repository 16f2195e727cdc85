package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.journal.domain.mfa.Totp;
import app.journal.domain.mfa.TotpSecret;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15's API tests: an account with two-step verification on, codes computed from the key the API showed
 * (as an authenticator app would), and helpers for the second step.
 */
abstract class TwoStepApiTestBase extends AccountLifecycleApiTestBase {

    /** A verified, signed-in account with two-step verification on. */
    record Enrolled(String email, String secret, List<String> recoveryCodes, String access) {}

    Enrolled enrolled(String email) {
        var pair = verifiedAndSignedIn(email, FIREFOX);
        var access = access(pair);
        assertThat(confirm(access, PASSWORD, null).status()).isEqualTo(200);
        var setup = post("/api/me/two-step/setup", null, access);
        assertThat(setup.status()).as(setup.body()).isEqualTo(200);
        var secret = setup.json().get("secret").asString();
        // The previous step: the next sign-in may use the current and the next one. Not in a step's last
        // seconds: the server's "previous" would be one step further back by the time it checks.
        awayFromAStepsEnd();
        var enable = post("/api/me/two-step/enable", json(Map.of("code", codeAt(secret, -1))), access);
        assertThat(enable.status()).as(enable.body()).isEqualTo(200);
        var codes = new ArrayList<String>();
        enable.json().get("recoveryCodes").forEach(c -> codes.add(c.asString()));
        return new Enrolled(email, secret, codes, access);
    }

    /** Waits for the next TOTP step when fewer than 3 seconds of the current one are left. */
    static void awayFromAStepsEnd() {
        long intoStep = Instant.now().getEpochSecond() % 30;
        if (intoStep >= 27) {
            try {
                Thread.sleep((30 - intoStep) * 1000 + 200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The code an authenticator app shows {@code offset} steps from now. */
    static String codeAt(String secret, int offset) {
        return Totp.codeAt(TotpSecret.fromBase32(secret), Totp.stepAt(Instant.now()) + offset);
    }

    /** Lets the steps the test used be used again (replay protection is tested on its own). */
    static void forgetUsedSteps(String email) throws SQLException {
        execute("UPDATE user_totp SET last_used_step = -1 WHERE user_id = '" + userId(email) + "'");
    }

    Response confirm(String access, String password, String code) {
        var body = new java.util.HashMap<String, Object>();
        body.put("password", password);
        if (code != null) {
            body.put("code", code);
        }
        return post("/api/me/confirm", json(body), access);
    }

    Response login(String email, String password, String cookie) {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/auth/login"))
                .POST(HttpRequest.BodyPublishers.ofString(json(Map.of("email", email, "password", password))))
                .header("Content-Type", "application/json").header("User-Agent", FIREFOX);
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        return exchange(builder);
    }

    Response secondStep(String token, Map<String, Object> fields) {
        var body = new java.util.HashMap<String, Object>(fields);
        body.put("secondStepToken", token);
        return send("POST", "/api/auth/second-step", json(body), null, FIREFOX);
    }

    /** Password, then the code: the token pair. */
    JsonNode signInWithCode(String email, String code) {
        var login = login(email, PASSWORD, null);
        assertThat(login.status()).as(login.body()).isEqualTo(202);
        var step = secondStep(login.json().get("secondStepToken").asString(), Map.of("code", code));
        assertThat(step.status()).as(step.body()).isEqualTo(200);
        return step.json();
    }

    /** The payload of a JWT, as JSON. */
    static JsonNode claims(String jwt) {
        var payload = jwt.split("\\.")[1];
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    static int count(String query) throws SQLException {
        return Integer.parseInt(sql(query).getFirst());
    }
}
