package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Issue 15: two-step verification over HTTP, on PostgreSQL, with mail through GreenMail. */
@ExtendWith(OutputCaptureExtension.class)
class TwoStepApiTest extends TwoStepApiTestBase {

    @Test
    void noSecretCodeOrRecoveryCodeReachesTheLogInAWholeFlow(CapturedOutput output) throws Exception {
        var me = enrolled("quiet@example.org");
        var login = login(me.email(), PASSWORD, null).json();
        var token = login.get("secondStepToken").asString();
        var wrong = "000000".equals(codeAt(me.secret(), 0)) ? "111111" : "000000";
        secondStep(token, Map.of("code", wrong));
        var step = secondStep(token, Map.of("code", codeAt(me.secret(), 0), "trustBrowser", true));
        assertThat(step.status()).isEqualTo(200);
        var again = login(me.email(), PASSWORD, null).json().get("secondStepToken").asString();
        assertThat(secondStep(again, Map.of("recoveryCode", me.recoveryCodes().get(1))).status()).isEqualTo(200);
        forgetUsedSteps(me.email());
        assertThat(confirm(access(step.json()), PASSWORD, codeAt(me.secret(), 0)).status()).isEqualTo(200);
        var fresh = post("/api/me/two-step/recovery-codes", null, access(step.json()));
        assertThat(fresh.status()).isEqualTo(200);
        outboxDrained();
        var trust = step.headers().allValues("Set-Cookie").stream().filter(c -> c.contains("journal-trusted="))
                .findFirst().orElseThrow();
        // The 6-digit codes are left out: six digits in a row can turn up in any log by chance.
        var secrets = new ArrayList<String>(List.of(me.secret(), token, again, PASSWORD,
                trust.substring(trust.indexOf('=') + 1, trust.indexOf(';'))));
        secrets.addAll(me.recoveryCodes());
        fresh.json().get("recoveryCodes").forEach(c -> secrets.add(c.asString()));
        for (var secret : secrets) {
            assertThat(output.getAll()).as("the log").doesNotContain(secret);
        }
    }

    @Test
    void turningItOnNeedsAConfirmedSessionAndAFirstCodeThenSignInTakesTwoSteps() throws Exception {
        var pair = verifiedAndSignedIn("steps@example.org", FIREFOX);
        var access = access(pair);
        var refused = post("/api/me/two-step/setup", null, access);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:journal:problem:reauthentication-required");
        assertThat(refused.json().get("methods").toString()).isEqualTo("[\"password\"]");

        assertThat(confirm(access, "not my password", null).status()).isEqualTo(400);
        var confirmed = confirm(access, PASSWORD, null);
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().get("confirmedUntil").asString()).isNotBlank();

        var setup = post("/api/me/two-step/setup", null, access);
        assertThat(setup.status()).isEqualTo(200);
        var secret = setup.json().get("secret").asString();
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(setup.json().get("otpauthUri").asString()).startsWith("otpauth://totp/").contains("secret=" + secret);
        // Not on until the first code: the password alone still signs in.
        assertThat(login("steps@example.org", PASSWORD, null).status()).isEqualTo(200);

        assertThat(post("/api/me/two-step/enable", json(Map.of("code", "000000")), access).json().get("type")
                .asString()).isEqualTo("urn:journal:problem:second-step-failed");
        var enabled = post("/api/me/two-step/enable", json(Map.of("code", codeAt(secret, 0))), access);
        assertThat(enabled.status()).isEqualTo(200);
        var codes = new ArrayList<String>();
        enabled.json().get("recoveryCodes").forEach(c -> codes.add(c.asString()));
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}"));
        mails("steps@example.org", "Two-step verification is on", 1);

        int sessionsBefore = count("SELECT count(*) FROM user_sessions");
        var login = login("steps@example.org", PASSWORD, null);
        assertThat(login.status()).isEqualTo(202);
        assertThat(login.json().has("accessToken")).isFalse();
        assertThat(login.json().get("methods").toString()).isEqualTo("[\"totp\",\"recovery_code\"]");
        assertThat(count("SELECT count(*) FROM user_sessions")).as("no session before the second step")
                .isEqualTo(sessionsBefore);

        var step = secondStep(login.json().get("secondStepToken").asString(), Map.of("code", spaced(codeAt(secret, 1))));
        assertThat(step.status()).as(step.body()).isEqualTo(200);
        var claims = claims(step.json().get("accessToken").asString());
        assertThat(claims.get("amr").toString()).contains("pwd", "otp");
        assertThat(claims.get("auth_time").asLong()).isPositive();
        assertThat(get("/api/me/security", step.json().get("accessToken").asString()).json().get("twoStep")
                .get("enabled").asBoolean()).isTrue();
        assertThat(sql("SELECT kind FROM account_activity WHERE user_id = '" + userId("steps@example.org")
                + "' ORDER BY at")).contains("identity_confirmed", "two_step_enabled");
    }

    @Test
    void theSecondStepAnswersInTheTransportChosenAtSignIn() throws Exception {
        var me = enrolled("cookie@example.org");
        var login = send("POST", "/api/auth/login", json(Map.of("email", me.email(), "password", PASSWORD,
                "transport", "cookie")), null, FIREFOX);
        assertThat(login.status()).isEqualTo(202);
        var token = login.json().get("secondStepToken").asString();
        assertThat(token).startsWith("cookie.");
        var step = secondStep(token, Map.of("code", codeAt(me.secret(), 0)));
        assertThat(step.status()).as(step.body()).isEqualTo(200);
        assertThat(step.json().has("refreshToken")).as("cookie transport: not in the body").isFalse();
        assertThat(step.json().get("csrfToken").asString()).isNotBlank();
        assertThat(step.headers().allValues("Set-Cookie")).anyMatch(c -> c.contains("journal-refresh=")
                && c.contains("HttpOnly"));
    }

    @Test
    void aCodeWorksOnceEvenWhenTwoRequestsRaceWithIt() throws Exception {
        var me = enrolled("race@example.org");
        var tokens = new ArrayList<String>();
        for (int i = 0; i < 8; i++) {
            tokens.add(login(me.email(), PASSWORD, null).json().get("secondStepToken").asString());
        }
        var code = codeAt(me.secret(), 0);
        var pool = Executors.newFixedThreadPool(8);
        try {
            var calls = new ArrayList<Callable<Integer>>();
            for (var token : tokens) {
                calls.add(() -> secondStep(token, Map.of("code", code)).status());
            }
            var statuses = new ArrayList<Integer>();
            for (var f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 400).hasSize(7);
        } finally {
            pool.shutdownNow();
        }
        // And later, in a new sign-in, the same code is still refused (its step is used).
        var again = login(me.email(), PASSWORD, null).json().get("secondStepToken").asString();
        assertThat(secondStep(again, Map.of("code", code)).status()).isEqualTo(400);
    }

    @Test
    void aWrongCodeSaysNothingMoreAndThePendingStepDiesAfterFive() throws Exception {
        var me = enrolled("wrong@example.org");
        var token = login(me.email(), PASSWORD, null).json().get("secondStepToken").asString();
        for (int i = 0; i < 5; i++) {
            var wrong = secondStep(token, Map.of("code", "12345" + i));
            assertThat(wrong.status()).isEqualTo(400);
            assertThat(wrong.json().get("detail").asString()).isEqualTo("That code did not work.");
            assertThat(wrong.body()).doesNotContainIgnoringCase("password");
        }
        var dead = secondStep(token, Map.of("code", codeAt(me.secret(), 0)));
        assertThat(dead.status()).isEqualTo(401);
        assertThat(dead.json().get("type").asString()).isEqualTo("urn:journal:problem:second-step-expired");
        // The owner is warned: the password was right, the code wrong again and again.
        mails(me.email(), "Someone entered your Journal password correctly", 1);
        assertThat(sql("SELECT kind FROM account_activity WHERE user_id = '" + userId(me.email()) + "'"))
                .containsOnlyOnce("second_step_failed_repeatedly");
    }

    @Test
    void aPendingStepExpires() throws Exception {
        var me = enrolled("late@example.org");
        var token = login(me.email(), PASSWORD, null).json().get("secondStepToken").asString();
        execute("UPDATE pending_second_steps SET expires_at = now() - interval '1 second'");
        assertThat(secondStep(token, Map.of("code", codeAt(me.secret(), 0))).status()).isEqualTo(401);
        assertThat(secondStep("not-a-token", Map.of("code", "123456")).status()).isEqualTo(401);
    }

    @Test
    void aRecoveryCodeSignsInOnceAndTheMailSaysHowManyAreLeft() throws Exception {
        var me = enrolled("lost@example.org");
        var recovery = me.recoveryCodes().get(3).toUpperCase().replace("-", " ");
        var token = login(me.email(), PASSWORD, null).json().get("secondStepToken").asString();
        var step = secondStep(token, Map.of("recoveryCode", recovery));
        assertThat(step.status()).as(step.body()).isEqualTo(200);
        assertThat(text(mails(me.email(), "A recovery code was used", 1).getFirst())).contains("9 recovery codes are left");
        assertThat(get("/api/me/security", access(step.json())).json().get("twoStep").get("recoveryCodesLeft").asInt())
                .isEqualTo(9);
        var again = login(me.email(), PASSWORD, null).json().get("secondStepToken").asString();
        assertThat(secondStep(again, Map.of("recoveryCode", me.recoveryCodes().get(3))).status()).isEqualTo(400);
    }

    @Test
    void oneRecoveryCodeRacedEightTimesWorksOnce() throws Exception {
        var me = enrolled("racecode@example.org");
        var tokens = new ArrayList<String>();
        for (int i = 0; i < 8; i++) {
            tokens.add(login(me.email(), PASSWORD, null).json().get("secondStepToken").asString());
        }
        var pool = Executors.newFixedThreadPool(8);
        try {
            var calls = new ArrayList<Callable<Integer>>();
            for (var token : tokens) {
                calls.add(() -> secondStep(token, Map.of("recoveryCode", me.recoveryCodes().getFirst())).status());
            }
            var ok = 0;
            for (var f : pool.invokeAll(calls)) {
                ok += f.get() == 200 ? 1 : 0;
            }
            assertThat(ok).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSecretIsNotReadableFromItsRow() throws Exception {
        var me = enrolled("sealed@example.org");
        var raw = app.journal.domain.mfa.TotpSecret.fromBase32(me.secret()).bytes();
        var stored = sql("SELECT encode(secret_sealed, 'hex') FROM user_totp WHERE user_id = '" + userId(me.email()) + "'")
                .getFirst();
        assertThat(stored).doesNotContain(HexFormat.of().formatHex(raw));
        assertThat(stored).doesNotContain(HexFormat.of().formatHex(me.secret().getBytes()));
        assertThat(sql("SELECT code_digest FROM recovery_codes WHERE user_id = '" + userId(me.email()) + "'"))
                .hasSize(10).noneMatch(d -> me.recoveryCodes().stream().anyMatch(c -> d.contains(c.replace("-", ""))));
    }

    @Test
    void trustingThisBrowserSkipsTheStepUntilThePasswordChanges() throws Exception {
        var me = enrolled("trust@example.org");
        var token = login(me.email(), PASSWORD, null).json().get("secondStepToken").asString();
        var step = secondStep(token, Map.of("code", codeAt(me.secret(), 0), "trustBrowser", true));
        assertThat(step.status()).isEqualTo(200);
        var setCookie = step.headers().allValues("Set-Cookie").stream().filter(c -> c.contains("journal-trusted="))
                .findFirst().orElseThrow();
        assertThat(setCookie).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/")
                .contains("Max-Age=2592000");
        var cookie = setCookie.substring(0, setCookie.indexOf(';'));

        assertThat(login(me.email(), PASSWORD, cookie).status()).as("trusted: no second step").isEqualTo(200);
        var security = exchange(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                + "/api/me/security")).header("Authorization", "Bearer " + access(step.json())).header("Cookie", cookie));
        assertThat(security.json().get("trustedBrowsers").get(0).get("current").asBoolean()).as("this browser").isTrue();
        assertThat(get("/api/me/security", access(step.json())).json().get("trustedBrowsers").get(0).get("current")
                .asBoolean()).as("without its cookie").isFalse();
        assertThat(login(me.email(), PASSWORD, null).status()).as("another browser").isEqualTo(202);
        assertThat(login(me.email(), "wrong password", cookie).status()).as("still needs the password").isEqualTo(401);
        var other = enrolled("other-trust@example.org");
        assertThat(login(other.email(), PASSWORD, cookie).status()).as("bound to its account").isEqualTo(202);

        // A password change voids the mark.
        forgetUsedSteps(me.email());
        var signedIn = access(step.json());
        assertThat(confirm(signedIn, PASSWORD, codeAt(me.secret(), 0)).status()).isEqualTo(200);
        assertThat(post("/api/me/password", json(Map.of("newPassword", NEW_PASSWORD)), signedIn).status())
                .isEqualTo(200);
        assertThat(login(me.email(), NEW_PASSWORD, cookie).status()).isEqualTo(202);
    }

    @Test
    void signingOutOtherDevicesAndTurningItOffVoidTrustedBrowsers() throws Exception {
        var me = enrolled("void@example.org");
        var token = login(me.email(), PASSWORD, null).json().get("secondStepToken").asString();
        var step = secondStep(token, Map.of("code", codeAt(me.secret(), 0), "trustBrowser", true));
        var cookie = step.headers().allValues("Set-Cookie").stream().filter(c -> c.contains("journal-trusted="))
                .findFirst().orElseThrow().split(";")[0];
        assertThat(count("SELECT count(*) FROM trusted_browsers")).isPositive();
        assertThat(send("DELETE", "/api/sessions/others", null, access(step.json())).status()).isIn(200, 204);
        assertThat(login(me.email(), PASSWORD, cookie).status()).isEqualTo(202);
        assertThat(count("SELECT count(*) FROM trusted_browsers WHERE user_id = '" + userId(me.email()) + "'")).isZero();
    }

    @Test
    void turningItOffNeedsTheCodeToConfirmAndIsMailed() throws Exception {
        var me = enrolled("off@example.org");
        forgetUsedSteps(me.email());
        var access = access(signInWithCode(me.email(), codeAt(me.secret(), 0)));
        var refused = post("/api/me/two-step/disable", null, access);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("methods").toString()).isEqualTo("[\"password\",\"totp\"]");
        assertThat(confirm(access, PASSWORD, null).status()).as("the password alone is not enough").isEqualTo(400);
        assertThat(confirm(access, PASSWORD, codeAt(me.secret(), 1)).status()).isEqualTo(200);
        assertThat(post("/api/me/two-step/disable", null, access).status()).isEqualTo(204);
        mails(me.email(), "Two-step verification is off", 1);
        assertThat(login(me.email(), PASSWORD, null).status()).isEqualTo(200);
        assertThat(post("/api/me/two-step/disable", null, access).status()).isEqualTo(409);
    }

    @Test
    void newRecoveryCodesVoidTheOldSet() throws Exception {
        var me = enrolled("codes@example.org");
        var access = me.access();
        var fresh = post("/api/me/two-step/recovery-codes", null, access);
        assertThat(fresh.status()).as("confirmed a moment ago at enrolment").isEqualTo(200);
        var token = login(me.email(), PASSWORD, null).json().get("secondStepToken").asString();
        assertThat(secondStep(token, Map.of("recoveryCode", me.recoveryCodes().getFirst())).status()).isEqualTo(400);
        assertThat(secondStep(token, Map.of("recoveryCode", fresh.json().get("recoveryCodes").get(0).asString()))
                .status()).isEqualTo(200);
        mails(me.email(), "New recovery codes", 1);
    }

    @Test
    void theConfirmationWindowIsPerSessionAndEnds() throws Exception {
        var pair = verifiedAndSignedIn("window@example.org", FIREFOX);
        var other = signIn("window@example.org", PASSWORD, IPHONE);
        assertThat(confirm(access(pair), PASSWORD, null).status()).isEqualTo(200);
        assertThat(get("/api/me/export", access(pair)).status()).as("inside the window").isEqualTo(200);
        var elsewhere = get("/api/me/export", access(other));
        assertThat(elsewhere.status()).as("another session").isEqualTo(403);
        assertThat(elsewhere.json().get("type").asString()).isEqualTo("urn:journal:problem:reauthentication-required");
        execute("UPDATE session_confirmations SET confirmed_at = now() - interval '11 minutes'");
        assertThat(get("/api/me/export", access(pair)).status()).as("after the window").isEqualTo(403);
        // The demo has no session to confirm.
        assertThat(post("/api/me/confirm", json(Map.of("password", PASSWORD)), demoToken()).status()).isEqualTo(403);
    }

    @Test
    void withTwoStepOnTheCurrentPasswordAloneNoLongerChangesAnything() throws Exception {
        var me = enrolled("strong@example.org");
        forgetUsedSteps(me.email());
        var access = access(signInWithCode(me.email(), codeAt(me.secret(), 0)));
        var change = post("/api/me/password", json(Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD)),
                access);
        assertThat(change.status()).isEqualTo(403);
        assertThat(change.json().get("type").asString()).isEqualTo("urn:journal:problem:reauthentication-required");
    }

    @Test
    void badInputIsAProblemNeverA500() {
        for (var body : List.of("{}", "{\"secondStepToken\":5}", "{\"code\":[1]}", "[]", "{\"trustBrowser\":\"x\"}")) {
            var r = send("POST", "/api/auth/second-step", body, null, FIREFOX);
            assertThat(r.status()).as(body).isIn(400, 401);
            assertThat(r.header("Content-Type")).contains("application/problem+json");
        }
    }

    private static String spaced(String code) {
        return code.substring(0, 3) + " " + code.substring(3);
    }
}
