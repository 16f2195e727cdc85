package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.journal.adapter.rest.token.JjwtTokenCodec;
import app.journal.adapter.rest.token.TokenKeys;
import io.jsonwebtoken.Jwts;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The seed's test_auth_password_flow and test_refresh_rotation, over real HTTP, PostgreSQL and SMTP:
 * M1.T2 (register, verify, login) and M1.T3 (rotation, reuse, logout), plus the token-confusion
 * cases of the security sweep.
 */
@ExtendWith(OutputCaptureExtension.class)
class AccountsApiTest extends AccountsApiTestBase {

    @Autowired
    JjwtTokenCodec codec;

    @Autowired
    TokenKeys keys;

    @Test
    void register_mail_verify_login_me_refresh_logout_and_no_secret_in_the_logs(CapturedOutput output) {
        var email = uniqueEmail();

        var registered = register(email, PASSWORD);
        assertThat(registered.status()).isEqualTo(202);
        var verifyToken = verificationTokenFor(email);
        assertThat(post("/api/auth/verify", json(Map.of("token", verifyToken)), null).status()).isEqualTo(200);

        var login = logIn(email, PASSWORD);
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("Cache-Control")).contains("no-store");
        var pair = login.json();
        assertThat(pair.get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(pair.get("expiresIn").asLong()).isBetween(1L, 15 * 60L);
        var access = pair.get("accessToken").asString();
        var refreshToken = pair.get("refreshToken").asString();

        var me = get("/api/me", access).json();
        assertThat(me.get("email").asString()).isEqualTo(email);
        assertThat(me.get("verified").asBoolean()).isTrue();
        assertThat(me.get("roles").valueStream().map(r -> r.asString())).containsExactly("user");

        var refreshed = refresh(refreshToken);
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.header("Cache-Control")).contains("no-store");
        var newRefresh = refreshed.json().get("refreshToken").asString();
        assertThat(codec.readRefresh(newRefresh).refreshId()).isNotEqualTo(codec.readRefresh(refreshToken).refreshId());

        var logout = post("/api/auth/logout", json(Map.of("refreshToken", newRefresh)), null);
        assertThat(logout.status()).isEqualTo(204);
        assertThat(refresh(newRefresh).status()).isEqualTo(401);
        assertThat(get("/api/me", refreshed.json().get("accessToken").asString()).status())
                .as("access tokens of a revoked session stop working").isEqualTo(401);

        var logs = output.getAll();
        assertThat(logs).doesNotContain(PASSWORD).doesNotContain(access).doesNotContain(refreshToken)
                .doesNotContain(newRefresh).doesNotContain(verifyToken).doesNotContain("$argon2");
    }

    @Test
    void registering_a_taken_address_answers_exactly_like_a_new_one() {
        var taken = uniqueEmail();
        registerVerifyAndLogIn(taken);

        var forNew = register(uniqueEmail(), PASSWORD);
        var forTaken = register(taken, PASSWORD);
        var forTakenOtherCase = register(" " + taken.toUpperCase(java.util.Locale.ROOT) + " ", "another fine passphrase 77");

        assertThat(forTaken.status()).isEqualTo(forNew.status()).isEqualTo(202);
        assertThat(forTaken.body()).isEqualTo(forNew.body());
        assertThat(forTakenOtherCase.body()).isEqualTo(forNew.body());
        assertThat(logIn(taken, "another fine passphrase 77").status()).as("the taken account is untouched")
                .isEqualTo(401);
    }

    @Test
    void extra_fields_cannot_make_an_admin_or_a_verified_account() {
        var email = uniqueEmail();
        var response = post("/api/auth/register", json(Map.of("email", email, "password", PASSWORD,
                "roles", List.of("admin"), "emailVerified", true)), null);
        assertThat(response.status()).isEqualTo(202);

        assertThat(logIn(email, PASSWORD).status()).as("still unverified").isEqualTo(401);
        post("/api/auth/verify", json(Map.of("token", verificationTokenFor(email))), null);
        var me = get("/api/me", logIn(email, PASSWORD).json().get("accessToken").asString()).json();
        assertThat(me.get("roles").valueStream().map(r -> r.asString())).containsExactly("user");
    }

    @Test
    void weak_short_and_overlong_passwords_and_bad_emails_are_clear_400s() {
        assertField(register(uniqueEmail(), "password1234"), "password");
        assertField(register(uniqueEmail(), "short"), "password");
        assertField(register(uniqueEmail(), "x".repeat(100) + "\u00e9".repeat(29)), "password");
        assertField(register("not-an-email", PASSWORD), "email");
    }

    @Test
    void passwords_are_stored_as_argon2id_with_owasp_parameters() throws Exception {
        var email = uniqueEmail();
        register(email, PASSWORD);
        verificationTokenFor(email);

        try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
                var statement = connection.prepareStatement("SELECT password_hash FROM users WHERE email = ?")) {
            statement.setString(1, email);
            var rs = statement.executeQuery();
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(PASSWORD);
        }
    }

    @Test
    void unknown_wrong_password_and_unverified_all_get_the_same_401() {
        var unverified = uniqueEmail();
        register(unverified, PASSWORD);
        verificationTokenFor(unverified);
        var known = uniqueEmail();
        registerVerifyAndLogIn(known);

        var unknown = logIn(uniqueEmail(), PASSWORD);
        var wrong = logIn(known, PASSWORD + "x");
        var notVerified = logIn(unverified, PASSWORD);

        for (var response : List.of(unknown, wrong, notVerified)) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.body()).isEqualTo(unknown.body());
        }
    }

    @Test
    void a_verification_link_works_once() {
        var email = uniqueEmail();
        register(email, PASSWORD);
        var token = verificationTokenFor(email);

        assertThat(post("/api/auth/verify", json(Map.of("token", token)), null).status()).isEqualTo(200);
        var again = post("/api/auth/verify", json(Map.of("token", token)), null);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("type").asString()).isEqualTo("urn:journal:problem:verification-link-used");
        var garbage = post("/api/auth/verify", json(Map.of("token", "garbage")), null);
        assertThat(garbage.json().get("type").asString()).isEqualTo("urn:journal:problem:verification-link-invalid");
    }

    @Test
    void refresh_rotates_and_the_old_refresh_token_no_longer_works_and_a_replay_is_logged(CapturedOutput output) {
        var first = registerVerifyAndLogIn(uniqueEmail()).get("refreshToken").asString();
        var second = refresh(first).json().get("refreshToken").asString();
        var third = refresh(second).json().get("refreshToken").asString();

        assertThat(refresh(first).status()).as("older than the immediate predecessor").isEqualTo(401);
        assertThat(refresh(third).status()).as("replay revoked the whole session").isEqualTo(401);
        assertThat(output.getAll()).contains("Refresh token reuse detected: session "
                + codec.readRefresh(first).sessionId() + " of user");
    }

    @Test
    void the_immediate_predecessor_within_the_grace_window_gets_the_current_generation() {
        var first = registerVerifyAndLogIn(uniqueEmail()).get("refreshToken").asString();
        var second = refresh(first).json().get("refreshToken").asString();

        var again = refresh(first);

        assertThat(again.status()).isEqualTo(200);
        var ridAgain = codec.readRefresh(again.json().get("refreshToken").asString()).refreshId();
        assertThat(ridAgain).isEqualTo(codec.readRefresh(second).refreshId());
        assertThat(refresh(second).status()).as("session still alive").isEqualTo(200);
    }

    @Test
    void concurrent_refreshes_with_one_token_never_lose_the_session_nor_fork_it() throws Exception {
        var token = registerVerifyAndLogIn(uniqueEmail()).get("refreshToken").asString();
        int threads = 8;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(threads);
        List<Future<Response>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return refresh(token);
            }));
        }
        start.countDown();
        var rids = new java.util.HashSet<Object>();
        String anyNew = null;
        for (var future : results) {
            var response = future.get();
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            anyNew = response.json().get("refreshToken").asString();
            rids.add(codec.readRefresh(anyNew).refreshId());
        }
        pool.shutdown();

        assertThat(rids).as("one live successor").hasSize(1);
        assertThat(refresh(anyNew).status()).as("the session survived").isEqualTo(200);
    }

    @Test
    void logout_always_answers_success() {
        var pair = registerVerifyAndLogIn(uniqueEmail());
        var refreshToken = pair.get("refreshToken").asString();

        assertThat(post("/api/auth/logout", json(Map.of("refreshToken", refreshToken)), null).status()).isEqualTo(204);
        assertThat(post("/api/auth/logout", json(Map.of("refreshToken", refreshToken)), null).status()).isEqualTo(204);
        assertThat(post("/api/auth/logout", json(Map.of("refreshToken", "garbage")), null).status()).isEqualTo(204);
        assertThat(post("/api/auth/logout", "{}", null).status()).isEqualTo(204);
        assertThat(refresh(refreshToken).status()).isEqualTo(401);
    }

    @Test
    void tokens_cannot_stand_in_for_one_another() {
        var pair = registerVerifyAndLogIn(uniqueEmail());
        var access = pair.get("accessToken").asString();
        var refreshToken = pair.get("refreshToken").asString();
        var email = uniqueEmail();
        register(email, PASSWORD);
        var verifyToken = verificationTokenFor(email);

        assertThat(get("/api/me", refreshToken).status()).as("refresh used as access").isEqualTo(401);
        assertThat(get("/api/me", verifyToken).status()).as("verify used as access").isEqualTo(401);
        assertThat(refresh(access).status()).as("access used to refresh").isEqualTo(401);
        assertThat(refresh(verifyToken).status()).as("verify used to refresh").isEqualTo(401);
        assertThat(post("/api/auth/verify", json(Map.of("token", access)), null).status()).as("access used to verify")
                .isEqualTo(400);
    }

    @Test
    void forged_expired_and_foreign_tokens_get_a_generic_401() {
        var me = registerVerifyAndLogIn(uniqueEmail());
        var subject = codec.readAccess(me.get("accessToken").asString()).userId().toString();
        var now = Instant.now();
        var privateKey = keys.signing().getPrivate();

        var algNone = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"none\",\"typ\":\"at+jwt\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(("{\"sub\":\"" + subject
                + "\",\"iss\":\"journal\",\"aud\":\"journal-api\",\"exp\":" + (now.getEpochSecond() + 600)
                + ",\"roles\":[\"user\"]}").getBytes(StandardCharsets.UTF_8)) + ".";
        var hmacWithPublicKey = Jwts.builder().header().type("at+jwt").keyId(keys.keyId()).and()
                .subject(subject).issuer("journal").audience().add("journal-api").and()
                .expiration(Date.from(now.plusSeconds(600))).claim("roles", List.of("user"))
                .signWith(new SecretKeySpec(keys.signing().getPublic().getEncoded(), "HmacSHA256"), Jwts.SIG.HS256)
                .compact();
        var wrongIssuer = signed(subject, "someone-else", "journal-api", now.plusSeconds(600), now, privateKey);
        var wrongAudience = signed(subject, "journal", "other-api", now.plusSeconds(600), now, privateKey);
        var expired = signed(subject, "journal", "journal-api", now.minusSeconds(3600), now.minusSeconds(7200), privateKey);
        var notYetValid = signed(subject, "journal", "journal-api", now.plusSeconds(7200), now.plusSeconds(3600), privateKey);
        var otherKey = signed(subject, "journal", "journal-api", now.plusSeconds(600), now,
                Jwts.SIG.ES256.keyPair().build().getPrivate());

        Response reference = null;
        for (var token : List.of(algNone, hmacWithPublicKey, wrongIssuer, wrongAudience, expired, notYetValid, otherKey)) {
            var response = get("/api/entries", token);
            assertThat(response.status()).as(token).isEqualTo(401);
            if (reference == null) {
                reference = response;
            }
            assertThat(response.body()).isEqualTo(reference.body());
        }
        assertThat(get("/api/entries", signed(subject, "journal", "journal-api", now.plusSeconds(600), now, privateKey))
                .status()).as("the control token is fine").isEqualTo(200);
    }

    @Test
    void a_user_sees_their_devices_and_can_revoke_one() {
        var email = uniqueEmail();
        var laptop = registerVerifyAndLogIn(email);
        var phone = logIn(email, PASSWORD).json();
        var laptopAccess = laptop.get("accessToken").asString();

        var sessions = get("/api/sessions", laptopAccess).json();
        assertThat(sessions.size()).isEqualTo(2);
        var phoneSid = codec.readRefresh(phone.get("refreshToken").asString()).sessionId().toString();
        assertThat(sessions.valueStream().filter(s -> s.get("current").asBoolean()).count()).isEqualTo(1);

        assertThat(send("DELETE", "/api/sessions/" + phoneSid, null, laptopAccess).status()).isEqualTo(204);
        assertThat(refresh(phone.get("refreshToken").asString()).status()).isEqualTo(401);
        assertThat(get("/api/sessions", laptopAccess).json().size()).isEqualTo(1);

        var stranger = registerVerifyAndLogIn(uniqueEmail()).get("accessToken").asString();
        var laptopSid = codec.readAccess(laptopAccess).sessionId().toString();
        assertThat(send("DELETE", "/api/sessions/" + laptopSid, null, stranger).status()).isEqualTo(404);
    }

    @Test
    void metrics_count_logins_rotations_and_revocations() {
        var before = get("/actuator/prometheus", null).body();
        var pair = registerVerifyAndLogIn(uniqueEmail());
        logIn(uniqueEmail(), PASSWORD);
        var rotated = refresh(pair.get("refreshToken").asString()).json().get("refreshToken").asString();
        post("/api/auth/logout", json(Map.of("refreshToken", rotated)), null);
        var after = get("/actuator/prometheus", null).body();

        assertThat(counter(after, "auth_login_success_total")).isEqualTo(counter(before, "auth_login_success_total") + 1);
        assertThat(counter(after, "auth_login_fail_total{reason=\"unknown_email\"}"))
                .isEqualTo(counter(before, "auth_login_fail_total{reason=\"unknown_email\"}") + 1);
        assertThat(counter(after, "auth_refresh_rotations_total"))
                .isEqualTo(counter(before, "auth_refresh_rotations_total") + 1);
        assertThat(counter(after, "auth_revocations_total{reason=\"logout\"}"))
                .isEqualTo(counter(before, "auth_revocations_total{reason=\"logout\"}") + 1);
        assertThat(after).contains("auth_refresh_reuse_detected_total").contains("auth_password_hash_seconds");
    }

    private static double counter(String prometheus, String series) {
        return prometheus.lines().filter(l -> l.startsWith(series + " "))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(0);
    }

    private String signed(String subject, String issuer, String audience, Instant expires, Instant notBefore,
            java.security.PrivateKey key) {
        return Jwts.builder().header().type("at+jwt").keyId(keys.keyId()).and()
                .subject(subject).issuer(issuer).audience().add(audience).and()
                .issuedAt(Date.from(notBefore)).notBefore(Date.from(notBefore)).expiration(Date.from(expires))
                .claim("roles", List.of("user")).signWith(key, Jwts.SIG.ES256).compact();
    }

    private void assertField(Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:journal:problem:invalid-input");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }
}
