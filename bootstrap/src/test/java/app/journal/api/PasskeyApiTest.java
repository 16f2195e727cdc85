package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.journal.application.testing.SoftwareAuthenticator;
import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 16: passkeys over HTTP, on PostgreSQL, with mail through GreenMail, with real WebAuthn ceremonies made by
 * a software authenticator against the real relying party (RP ID journal.example from journal.public-base-url).
 */
class PasskeyApiTest extends TwoStepApiTestBase {

    static final String ORIGIN = "https://journal.example";
    static final String FAILED = "urn:journal:problem:passkey-failed";

    // ---- helpers ----

    /** Confirms with the password and adds a passkey made by {@code authenticator}; the added item. */
    JsonNode addPasskey(String access, SoftwareAuthenticator authenticator, String name) {
        assertThat(confirm(access, PASSWORD, null).status()).isEqualTo(200);
        var options = send("POST", "/api/me/passkeys/options", null, access, FIREFOX);
        assertThat(options.status()).as(options.body()).isEqualTo(200);
        var created = authenticator.register(options.json().get("publicKey").toString(), ORIGIN);
        var body = new HashMap<String, Object>();
        body.put("ceremonyId", options.json().get("ceremonyId").asString());
        body.put("credential", JSON.readTree(created));
        if (name != null) {
            body.put("name", name);
        }
        var added = send("POST", "/api/me/passkeys", json(body), access, FIREFOX);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json();
    }

    JsonNode signInOptions() {
        var options = send("POST", "/api/auth/passkey/options", "{}", null, FIREFOX);
        assertThat(options.status()).as(options.body()).isEqualTo(200);
        assertThat(options.header("Cache-Control")).contains("no-store");
        return options.json();
    }

    Response finishSignIn(JsonNode options, String credentialJson, String transport) {
        var body = new HashMap<String, Object>();
        body.put("ceremonyId", options.get("ceremonyId").asString());
        body.put("credential", JSON.readTree(credentialJson));
        if (transport != null) {
            body.put("transport", transport);
        }
        return send("POST", "/api/auth/passkey", json(body), null, FIREFOX);
    }

    Response signInWith(SoftwareAuthenticator authenticator, String origin) {
        var options = signInOptions();
        return finishSignIn(options, authenticator.authenticate(options.get("publicKey").toString(), origin), null);
    }

    static void assertFailed(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(401);
        assertThat(response.json().get("type").asString()).isEqualTo(FAILED);
        assertThat(response.json().get("detail").asString())
                .isEqualTo("That passkey did not work. Try again, or sign in with your password.");
        assertThat(response.header("Cache-Control")).contains("no-store");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    static java.util.List<String> kinds(String email) throws SQLException {
        return sql("SELECT kind FROM account_activity WHERE user_id = '" + userId(email) + "' ORDER BY at");
    }

    // ---- tests ----

    @Test
    void aPasskeyIsAddedAfterConfirmingListedMailedAndSignsInWithoutAPassword() throws Exception {
        var email = "pk-add@example.org";
        var access = access(verifiedAndSignedIn(email, FIREFOX));
        var authenticator = new SoftwareAuthenticator().backup(true, true);

        var unconfirmed = send("POST", "/api/me/passkeys/options", null, access, FIREFOX);
        assertThat(unconfirmed.status()).isEqualTo(403);
        assertThat(unconfirmed.json().get("type").asString()).isEqualTo("urn:journal:problem:reauthentication-required");
        assertThat(unconfirmed.json().get("methods").toString()).isEqualTo("[\"password\"]");

        var added = addPasskey(access, authenticator, null);
        assertThat(added.get("name").asString()).as("named after the device").isEqualTo("Firefox on Windows");
        assertThat(added.get("id").asString()).isEqualTo(authenticator.credentials().getFirst().id());
        assertThat(added.get("synced").asBoolean()).isTrue();
        assertThat(added.get("backupEligible").asBoolean()).isTrue();
        assertThat(added.get("lastUsedAt").isNull()).isTrue();
        mails(email, "A passkey was added", 1);

        var list = get("/api/me/passkeys", access);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.header("Cache-Control")).contains("no-store");
        assertThat(list.json().get("passkeys")).hasSize(1);
        assertThat(get("/api/me/security", access).json().get("passkeys").asInt()).isEqualTo(1);

        var options = signInOptions();
        assertThat(options.get("publicKey").get("userVerification").asString()).isEqualTo("required");
        assertThat(options.get("publicKey").path("allowCredentials").size()).isZero();
        assertThat(options.get("expiresAt").asString()).isNotBlank();
        var signedIn = finishSignIn(options, authenticator.authenticate(options.get("publicKey").toString(), ORIGIN),
                null);
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        var claims = claims(signedIn.json().get("accessToken").asString());
        assertThat(claims.get("amr").toString()).isEqualTo("[\"hwk\",\"user\",\"mfa\"]");
        assertThat(signedIn.json().get("refreshToken").asString()).isNotBlank();
        assertThat(get("/api/me", access(signedIn.json())).status()).isEqualTo(200);
        assertThat(kinds(email)).contains("passkey_added", "passkey_signed_in").filteredOn("signed_in"::equals)
                .hasSize(2);
        assertThat(get("/api/me/passkeys", access).json().get("passkeys").get(0).get("lastUsedAt").isNull())
                .isFalse();

        // The reauthentication problem now offers the passkey too.
        execute("DELETE FROM session_confirmations");
        var again = send("POST", "/api/me/passkeys/options", null, access, FIREFOX);
        assertThat(again.json().get("methods").toString()).isEqualTo("[\"password\",\"passkey\"]");
    }

    @Test
    void theCookieTransportAnswersAsForAPasswordSignIn() {
        var access = access(verifiedAndSignedIn("pk-cookie@example.org", FIREFOX));
        var authenticator = new SoftwareAuthenticator();
        addPasskey(access, authenticator, "Laptop");

        var options = signInOptions();
        var response = finishSignIn(options, authenticator.authenticate(options.get("publicKey").toString(), ORIGIN),
                "cookie");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("__Host-journal-refresh="));
        assertThat(response.json().has("refreshToken")).isFalse();
        assertThat(response.json().get("csrfToken").asString()).isNotBlank();
    }

    @Test
    void anAccountWithTwoStepOnSignsInWithAPasskeyAndNoCode() throws Exception {
        var me = enrolled("pk-totp@example.org");
        var authenticator = new SoftwareAuthenticator();
        forgetUsedSteps(me.email());
        // Confirming needs the code with two-step on.
        assertThat(confirm(me.access(), PASSWORD, codeAt(me.secret(), 0)).status()).isEqualTo(200);
        var options = send("POST", "/api/me/passkeys/options", null, me.access(), FIREFOX);
        var created = authenticator.register(options.json().get("publicKey").toString(), ORIGIN);
        assertThat(send("POST", "/api/me/passkeys", json(Map.of("ceremonyId",
                options.json().get("ceremonyId").asString(), "credential", JSON.readTree(created))), me.access(),
                FIREFOX).status()).isEqualTo(201);

        var signedIn = signInWith(authenticator, ORIGIN);
        assertThat(signedIn.status()).as("no second step").isEqualTo(200);
        assertThat(claims(signedIn.json().get("accessToken").asString()).get("amr").toString())
                .isEqualTo("[\"hwk\",\"user\",\"mfa\"]");
    }

    @Test
    void aCeremonyWorksOnceAndNotAfterItExpired() throws Exception {
        var access = access(verifiedAndSignedIn("pk-once@example.org", FIREFOX));
        var authenticator = new SoftwareAuthenticator().countsSignatures(false);
        addPasskey(access, authenticator, null);

        var options = signInOptions();
        var answer = authenticator.authenticate(options.get("publicKey").toString(), ORIGIN);
        assertThat(finishSignIn(options, answer, null).status()).isEqualTo(200);
        assertFailed(finishSignIn(options, answer, null));

        var expiring = signInOptions();
        execute("UPDATE passkey_ceremonies SET expires_at = now() - interval '1 second' WHERE id = '"
                + expiring.get("ceremonyId").asString() + "'");
        assertFailed(finishSignIn(expiring,
                authenticator.authenticate(expiring.get("publicKey").toString(), ORIGIN), null));

        // Any node finishes what another began: the ceremony is only a row (the contract test runs two pools).
        assertThat(count("SELECT count(*) FROM passkey_ceremonies WHERE id = '"
                + options.get("ceremonyId").asString() + "'")).isZero();
    }

    @Test
    void anotherOriginAnotherRpIdNoUserVerificationABadSignatureOrAnUnknownPasskeyFail() throws Exception {
        var email = "pk-checks@example.org";
        var access = access(verifiedAndSignedIn(email, FIREFOX));
        var authenticator = new SoftwareAuthenticator();
        addPasskey(access, authenticator, null);
        int sessions = count("SELECT count(*) FROM user_sessions WHERE user_id = '" + userId(email) + "'");

        assertFailed(signInWith(authenticator, "https://evil.example"));
        authenticator.rpIdHashOf("evil.example");
        assertFailed(signInWith(authenticator, ORIGIN));
        authenticator.rpIdHashOf(null).userVerification(false);
        assertFailed(signInWith(authenticator, ORIGIN));
        authenticator.userVerification(true).corruptSignature(true);
        assertFailed(signInWith(authenticator, ORIGIN));
        authenticator.corruptSignature(false);
        var stranger = new SoftwareAuthenticator();
        var options = signInOptions();
        stranger.register(("{\"challenge\":\"AAAA\",\"rp\":{\"id\":\"journal.example\",\"name\":\"J\"},"
                + "\"user\":{\"id\":\"AAAA\",\"name\":\"x\",\"displayName\":\"x\"},"
                + "\"pubKeyCredParams\":[{\"type\":\"public-key\",\"alg\":-7}]}"), ORIGIN);
        assertFailed(finishSignIn(options, stranger.authenticate(options.get("publicKey").toString(), ORIGIN), null));

        assertThat(count("SELECT count(*) FROM user_sessions WHERE user_id = '" + userId(email) + "'"))
                .isEqualTo(sessions);
        assertThat(signInWith(authenticator, ORIGIN).status()).as("the real one still works").isEqualTo(200);
    }

    @Test
    void aCounterThatGoesBackwardsIsRefusedRecordedAndMailed() throws Exception {
        var email = "pk-clone@example.org";
        var access = access(verifiedAndSignedIn(email, FIREFOX));
        var authenticator = new SoftwareAuthenticator();
        addPasskey(access, authenticator, null);
        assertThat(signInWith(authenticator, ORIGIN).status()).isEqualTo(200);
        assertThat(signInWith(authenticator, ORIGIN).status()).isEqualTo(200);

        authenticator.nextSignatureCount(1);
        assertFailed(signInWith(authenticator, ORIGIN));
        assertThat(kinds(email)).contains("passkey_counter_regressed");
        mails(email, "copied passkey was refused", 1);
    }

    @Test
    void confirmingWithAPasskeyWorksOnlyWithOnesOwn() throws Exception {
        var ada = access(verifiedAndSignedIn("pk-confirm-ada@example.org", FIREFOX));
        var bob = access(verifiedAndSignedIn("pk-confirm-bob@example.org", FIREFOX));
        var none = send("POST", "/api/me/confirm/passkey/options", null, ada, FIREFOX);
        assertThat(none.status()).isEqualTo(409);
        assertThat(none.json().get("type").asString()).isEqualTo("urn:journal:problem:no-passkey");

        var adas = new SoftwareAuthenticator();
        var bobs = new SoftwareAuthenticator();
        addPasskey(ada, adas, null);
        addPasskey(bob, bobs, null);
        execute("DELETE FROM session_confirmations");

        var options = send("POST", "/api/me/confirm/passkey/options", null, ada, FIREFOX).json();
        assertThat(options.get("publicKey").get("allowCredentials")).hasSize(1);
        // Bob's passkey answering Ada's ceremony (a client that ignores allowCredentials).
        var open = (ObjectNode) options.get("publicKey").deepCopy();
        open.remove("allowCredentials");
        var wrong = send("POST", "/api/me/confirm/passkey", json(Map.of("ceremonyId",
                options.get("ceremonyId").asString(), "credential", JSON.readTree(bobs.authenticate(open.toString(),
                        ORIGIN)))), ada, FIREFOX);
        assertThat(wrong.status()).as(wrong.body()).isEqualTo(400);
        assertThat(wrong.json().get("type").asString()).isEqualTo(FAILED);
        assertThat(send("POST", "/api/me/passkeys/options", null, ada, FIREFOX).status()).as("still unconfirmed")
                .isEqualTo(403);

        var fresh = send("POST", "/api/me/confirm/passkey/options", null, ada, FIREFOX).json();
        var right = send("POST", "/api/me/confirm/passkey", json(Map.of("ceremonyId",
                fresh.get("ceremonyId").asString(), "credential", JSON.readTree(adas.authenticate(
                        fresh.get("publicKey").toString(), ORIGIN)))), ada, FIREFOX);
        assertThat(right.status()).as(right.body()).isEqualTo(200);
        assertThat(right.json().get("confirmedUntil").asString()).isNotBlank();
        assertThat(send("POST", "/api/me/passkeys/options", null, ada, FIREFOX).status()).isEqualTo(200);
        assertThat(kinds("pk-confirm-ada@example.org")).contains("identity_confirmed");
    }

    @Test
    void renameAndRemoveWithConfirmationMailAndActivity() throws Exception {
        var email = "pk-manage@example.org";
        var access = access(verifiedAndSignedIn(email, FIREFOX));
        var authenticator = new SoftwareAuthenticator();
        var id = addPasskey(access, authenticator, "Phone").get("id").asString();

        var renamed = send("PATCH", "/api/me/passkeys/" + id, json(Map.of("name", "  Work phone ")), access, FIREFOX);
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().get("name").asString()).isEqualTo("Work phone");
        var blank = send("PATCH", "/api/me/passkeys/" + id, json(Map.of("name", " ")), access, FIREFOX);
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("name");
        assertThat(send("PATCH", "/api/me/passkeys/AAAA", json(Map.of("name", "x")), access, FIREFOX).status())
                .isEqualTo(404);
        assertThat(send("PATCH", "/api/me/passkeys/not*base64", json(Map.of("name", "x")), access, FIREFOX).status())
                .isEqualTo(404);

        execute("DELETE FROM session_confirmations");
        var unconfirmed = send("DELETE", "/api/me/passkeys/" + id, null, access, FIREFOX);
        assertThat(unconfirmed.status()).isEqualTo(403);
        assertThat(confirm(access, PASSWORD, null).status()).isEqualTo(200);
        // A pending grant (a reset link) dies with the credential change.
        assertThat(forgot(email).status()).isEqualTo(202);
        outboxDrained();
        var removed = send("DELETE", "/api/me/passkeys/" + id, null, access, FIREFOX);
        assertThat(removed.status()).isEqualTo(204);
        assertThat(removed.header("Cache-Control")).contains("no-store");
        mails(email, "A passkey was removed", 1);
        assertThat(kinds(email)).contains("passkey_renamed", "passkey_removed");
        assertThat(count("SELECT count(*) FROM account_tokens WHERE user_id = '" + userId(email) + "'")).isZero();
        assertThat(get("/api/me/passkeys", access).json().get("passkeys")).isEmpty();
        assertFailed(signInWith(authenticator, ORIGIN));
        assertThat(send("DELETE", "/api/me/passkeys/" + id, null, access, FIREFOX).status()).isEqualTo(404);
    }

    @Test
    void theLastWayToSignInCannotBeRemoved() throws Exception {
        var email = "pk-last@example.org";
        var access = access(verifiedAndSignedIn(email, FIREFOX));
        var first = new SoftwareAuthenticator();
        var firstId = addPasskey(access, first, "First").get("id").asString();
        execute("UPDATE users SET password_hash = NULL WHERE id = '" + userId(email) + "'");

        var refused = send("DELETE", "/api/me/passkeys/" + firstId, null, access, FIREFOX);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:journal:problem:last-sign-in-method");
        assertThat(get("/api/me/passkeys", access).json().get("passkeys")).hasSize(1);

        var second = new SoftwareAuthenticator();
        var options = send("POST", "/api/me/passkeys/options", null, access, FIREFOX).json();
        assertThat(send("POST", "/api/me/passkeys", json(Map.of("ceremonyId", options.get("ceremonyId").asString(),
                "credential", JSON.readTree(second.register(options.get("publicKey").toString(), ORIGIN)))), access,
                FIREFOX).status()).isEqualTo(201);
        assertThat(send("DELETE", "/api/me/passkeys/" + firstId, null, access, FIREFOX).status()).isEqualTo(204);
        assertThat(signInWith(second, ORIGIN).status()).as("a passwordless account signs in").isEqualTo(200);
    }

    @Test
    void aCredentialIsRegisteredOnceAndAnotherSessionCannotFinishTheCeremony() throws Exception {
        var access = access(verifiedAndSignedIn("pk-dup@example.org", FIREFOX));
        var other = access(signIn("pk-dup@example.org", PASSWORD, FIREFOX));
        var authenticator = new SoftwareAuthenticator();
        assertThat(confirm(access, PASSWORD, null).status()).isEqualTo(200);
        var options = send("POST", "/api/me/passkeys/options", null, access, FIREFOX).json();
        var created = JSON.readTree(authenticator.register(options.get("publicKey").toString(), ORIGIN));
        var body = json(Map.of("ceremonyId", options.get("ceremonyId").asString(), "credential", created));
        var stolen = send("POST", "/api/me/passkeys", body, other, FIREFOX);
        assertThat(stolen.status()).isEqualTo(400);
        assertThat(stolen.json().get("type").asString()).isEqualTo(FAILED);
        assertThat(send("POST", "/api/me/passkeys", body, access, FIREFOX).status()).as("taken by the thief's try")
                .isEqualTo(400);

        var again = send("POST", "/api/me/passkeys/options", null, access, FIREFOX).json();
        var sameCredential = json(Map.of("ceremonyId", again.get("ceremonyId").asString(), "credential", created));
        var duplicate = send("POST", "/api/me/passkeys", sameCredential, access, FIREFOX);
        assertThat(duplicate.status()).as(duplicate.body()).isIn(400, 409);
    }

    @Test
    void malformedBodiesAreProblemsNeverServerErrors() {
        var access = access(verifiedAndSignedIn("pk-hostile@example.org", FIREFOX));
        assertThat(confirm(access, PASSWORD, null).status()).isEqualTo(200);
        for (var body : new String[] {"{", "[]", "{\"ceremonyId\":\"nope\"}", "{\"ceremonyId\":42}",
                "{\"unknown\":1}"}) {
            var signIn = send("POST", "/api/auth/passkey", body, null, FIREFOX);
            assertThat(signIn.status()).as(body).isEqualTo(400);
            assertThat(signIn.header("Content-Type")).contains("application/problem+json");
            assertThat(send("POST", "/api/me/passkeys", body, access, FIREFOX).status()).as(body).isEqualTo(400);
            assertThat(send("POST", "/api/me/confirm/passkey", body, access, FIREFOX).status()).as(body)
                    .isEqualTo(400);
        }
        var options = signInOptions();
        for (var credential : new String[] {"{}", "{\"id\":\"!!\",\"rawId\":\"!!\",\"type\":\"public-key\","
                + "\"response\":{\"clientDataJSON\":\"AAAA\",\"authenticatorData\":\"AAAA\",\"signature\":\"AAAA\"}}",
                "{\"id\":\"AAAA\",\"rawId\":\"AAAA\",\"type\":\"public-key\",\"response\":{\"clientDataJSON\":\"%%\"}}"}) {
            assertFailed(finishSignIn(options, credential, null));
        }
        var notAnObject = send("POST", "/api/auth/passkey", json(Map.of("ceremonyId",
                options.get("ceremonyId").asString(), "credential", "text")), null, FIREFOX);
        assertFailed(notAnObject);
        var missing = send("POST", "/api/me/passkeys", "{}", access, FIREFOX);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("type").asString()).isEqualTo(FAILED);
    }

    /** Keeps the unused-import checker quiet about the builder some helpers may use. */
    static HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create(path));
    }
}
