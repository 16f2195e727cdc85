package app.journal.adapter.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.application.port.out.RelyingParty.NewCredential;
import app.journal.application.port.out.RelyingParty.PasskeyRejectedException;
import app.journal.application.port.out.RelyingParty.Reason;
import app.journal.application.port.out.RelyingParty.StoredCredential;
import app.journal.application.testing.SoftwareAuthenticator;
import app.journal.domain.passkey.CredentialId;
import app.journal.domain.passkey.UserHandle;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class SpringWebAuthnRelyingPartyTest {

    static final String RP_ID = "journal.example";
    static final String ORIGIN = "https://journal.example";
    static final JsonMapper JSON = JsonMapper.builder().build();

    final SpringWebAuthnRelyingParty relyingParty = new SpringWebAuthnRelyingParty(
            PasskeySettings.of(RP_ID, "Journal", Set.of(ORIGIN, "https://other.journal.example")));
    final SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
    final UserHandle user = UserHandle.random();

    @Test
    void a_passkey_registers_and_then_signs_in() {
        String creation = relyingParty.registrationOptions(user, "ada@example.org", "Ada", List.of()).json();
        NewCredential made = relyingParty.verifyRegistration(creation, authenticator.register(creation, ORIGIN));

        assertThat(made.id().base64Url()).isEqualTo(authenticator.credentials().getFirst().id());
        assertThat(made.userVerified()).isTrue();
        assertThat(made.transports()).containsExactly("internal");
        assertThat(made.aaguid()).isEqualTo(SoftwareAuthenticator.DEFAULT_AAGUID);
        assertThat(made.signatureCount()).isZero();
        assertThat(made.publicKeyCose()).isEqualTo(authenticator.credentials().getFirst().publicKeyCose());

        String request = relyingParty.assertionOptions(List.of()).json();
        String assertion = authenticator.authenticate(request, ORIGIN);
        var claim = relyingParty.claimOf(assertion);
        var verified = relyingParty.verifyAssertion(request, assertion, stored(made));

        assertThat(claim.credentialId()).isEqualTo(made.id());
        assertThat(claim.userHandle()).isEqualTo(user);
        assertThat(verified.signatureCount()).isEqualTo(1);
        assertThat(verified.userVerified()).isTrue();
        assertThat(verified.backedUp()).isFalse();
    }

    @Test
    void another_allowed_origin_is_accepted_too() {
        NewCredential made = registered();
        String request = relyingParty.assertionOptions(List.of(made.id())).json();

        var verified = relyingParty.verifyAssertion(request,
                authenticator.authenticate(request, "https://other.journal.example"), stored(made));

        assertThat(verified.signatureCount()).isEqualTo(1);
    }

    @Test
    void a_synced_passkey_reports_its_backup_state() {
        authenticator.backup(true, true).countsSignatures(false);
        NewCredential made = registered();
        String request = relyingParty.assertionOptions(List.of(made.id())).json();

        var verified = relyingParty.verifyAssertion(request, authenticator.authenticate(request, ORIGIN), stored(made));

        assertThat(made.backupEligible()).isTrue();
        assertThat(made.backedUp()).isTrue();
        assertThat(verified.backedUp()).isTrue();
        assertThat(verified.signatureCount()).isZero();
    }

    @Nested
    class Options {

        @Test
        void registration_options_have_what_the_browser_needs() {
            List<CredentialId> exclude = List.of(CredentialId.of(new byte[] {1, 2, 3}));
            JsonNode options = JSON.readTree(relyingParty.registrationOptions(user, "ada@example.org", "Ada", exclude).json());

            assertThat(base64Url(options.get("challenge"))).hasSizeGreaterThanOrEqualTo(16);
            assertThat(options.at("/rp/id").stringValue()).isEqualTo(RP_ID);
            assertThat(options.at("/rp/name").stringValue()).isEqualTo("Journal");
            assertThat(base64Url(options.at("/user/id"))).isEqualTo(user.bytes());
            assertThat(options.at("/user/name").stringValue()).isEqualTo("ada@example.org");
            assertThat(options.at("/user/displayName").stringValue()).isEqualTo("Ada");
            assertThat(options.get("pubKeyCredParams").valueStream().map(p -> p.get("alg").asInt()))
                    .contains(-7, -257);
            assertThat(options.get("pubKeyCredParams").valueStream().map(p -> p.get("type").stringValue()))
                    .containsOnly("public-key");
            assertThat(options.at("/authenticatorSelection/residentKey").stringValue()).isEqualTo("required");
            assertThat(options.at("/authenticatorSelection/userVerification").stringValue()).isEqualTo("required");
            assertThat(options.get("attestation").stringValue()).isEqualTo("none");
            assertThat(options.get("timeout").asLong()).isEqualTo(300_000);
            assertThat(options.at("/excludeCredentials/0/id").stringValue()).isEqualTo("AQID");
            assertThat(options.at("/excludeCredentials/0/type").stringValue()).isEqualTo("public-key");
            assertNoNulls(options);
        }

        @Test
        void assertion_options_have_what_the_browser_needs() {
            CredentialId allowed = CredentialId.of(new byte[] {1, 2, 3});
            JsonNode discoverable = JSON.readTree(relyingParty.assertionOptions(List.of()).json());
            JsonNode named = JSON.readTree(relyingParty.assertionOptions(List.of(allowed)).json());

            for (JsonNode options : List.of(discoverable, named)) {
                assertThat(base64Url(options.get("challenge"))).hasSizeGreaterThanOrEqualTo(16);
                assertThat(options.get("rpId").stringValue()).isEqualTo(RP_ID);
                assertThat(options.get("userVerification").stringValue()).isEqualTo("required");
                assertNoNulls(options);
            }
            assertThat(discoverable.path("allowCredentials").size()).isZero();
            assertThat(named.at("/allowCredentials/0/id").stringValue()).isEqualTo("AQID");
            assertThat(named.at("/allowCredentials/0/type").stringValue()).isEqualTo("public-key");
        }

        @Test
        void every_ceremony_gets_a_fresh_challenge() {
            String one = JSON.readTree(relyingParty.assertionOptions(List.of()).json()).get("challenge").stringValue();
            String two = JSON.readTree(relyingParty.assertionOptions(List.of()).json()).get("challenge").stringValue();

            assertThat(one).isNotEqualTo(two);
        }

        @Test
        void direct_attestation_is_asked_for_when_configured() {
            var direct = new SpringWebAuthnRelyingParty(new PasskeySettings(RP_ID, "Journal", Set.of(ORIGIN),
                    "direct", Set.of(), Duration.ofMinutes(2)));

            JsonNode options = JSON.readTree(direct.registrationOptions(user, "ada", "Ada", List.of()).json());

            assertThat(options.get("attestation").stringValue()).isEqualTo("direct");
            assertThat(options.get("timeout").asLong()).isEqualTo(120_000);
        }

        private static void assertNoNulls(JsonNode node) {
            assertThat(node.isNull()).as("no null in the options").isFalse();
            node.forEach(SpringWebAuthnRelyingPartyTest.Options::assertNoNulls);
        }
    }

    @Nested
    class Refusals {

        @Test
        void a_registration_from_another_origin() {
            String creation = creationOptions();

            assertRejected(() -> relyingParty.verifyRegistration(creation,
                    authenticator.register(creation, "https://journal.example.evil")), Reason.ORIGIN);
        }

        @Test
        void an_assertion_from_another_origin() {
            NewCredential made = registered();
            String request = relyingParty.assertionOptions(List.of()).json();

            assertRejected(() -> relyingParty.verifyAssertion(request,
                    authenticator.authenticate(request, "http://journal.example"), stored(made)), Reason.ORIGIN);
        }

        @Test
        void a_registration_for_another_rp_id() {
            String creation = creationOptions();
            authenticator.rpIdHashOf("evil.example");

            assertRejected(() -> relyingParty.verifyRegistration(creation, authenticator.register(creation, ORIGIN)),
                    Reason.RP_ID);
        }

        @Test
        void an_assertion_for_another_rp_id() {
            NewCredential made = registered();
            String request = relyingParty.assertionOptions(List.of()).json();
            authenticator.rpIdHashOf("evil.example");

            assertRejected(() -> relyingParty.verifyAssertion(request, authenticator.authenticate(request, ORIGIN),
                    stored(made)), Reason.RP_ID);
        }

        @Test
        void a_registration_without_user_verification() {
            String creation = creationOptions();
            authenticator.userVerification(false);

            assertRejected(() -> relyingParty.verifyRegistration(creation, authenticator.register(creation, ORIGIN)),
                    Reason.USER_VERIFICATION);
        }

        @Test
        void an_assertion_without_user_verification() {
            NewCredential made = registered();
            String request = relyingParty.assertionOptions(List.of()).json();
            authenticator.userVerification(false);

            assertRejected(() -> relyingParty.verifyAssertion(request, authenticator.authenticate(request, ORIGIN),
                    stored(made)), Reason.USER_VERIFICATION);
        }

        @Test
        void a_registration_answering_other_options() {
            String answered = creationOptions();
            String other = creationOptions();

            assertRejected(() -> relyingParty.verifyRegistration(other, authenticator.register(answered, ORIGIN)),
                    Reason.CHALLENGE);
        }

        @Test
        void an_assertion_answering_other_options() {
            NewCredential made = registered();
            String answered = relyingParty.assertionOptions(List.of()).json();
            String other = relyingParty.assertionOptions(List.of()).json();

            assertRejected(() -> relyingParty.verifyAssertion(other, authenticator.authenticate(answered, ORIGIN),
                    stored(made)), Reason.CHALLENGE);
        }

        @Test
        void a_tampered_signature() {
            NewCredential made = registered();
            String request = relyingParty.assertionOptions(List.of()).json();
            authenticator.corruptSignature(true);

            assertRejected(() -> relyingParty.verifyAssertion(request, authenticator.authenticate(request, ORIGIN),
                    stored(made)), Reason.SIGNATURE);
        }

        @Test
        void a_signature_by_another_key() {
            NewCredential made = registered();
            var other = new SoftwareAuthenticator();
            String creation = creationOptions();
            NewCredential otherMade = relyingParty.verifyRegistration(creation, other.register(creation, ORIGIN));
            String request = relyingParty.assertionOptions(List.of()).json();
            // The other key, presented as this passkey: the stored key does not check its signature.
            var impostor = new StoredCredential(otherMade.id(), user, made.publicKeyCose(), 0, true, false, false, Set.of());

            assertRejected(() -> relyingParty.verifyAssertion(request, other.authenticate(request, ORIGIN), impostor),
                    Reason.SIGNATURE);
        }

        @Test
        void a_counter_that_goes_backwards() {
            NewCredential made = registered();
            String request = relyingParty.assertionOptions(List.of()).json();
            authenticator.nextSignatureCount(4);

            assertRejected(() -> relyingParty.verifyAssertion(request, authenticator.authenticate(request, ORIGIN),
                    stored(made, 5)), Reason.COUNTER_REGRESSED);
        }

        @Test
        void a_counter_that_stands_still() {
            NewCredential made = registered();
            String request = relyingParty.assertionOptions(List.of()).json();
            authenticator.nextSignatureCount(5);

            assertRejected(() -> relyingParty.verifyAssertion(request, authenticator.authenticate(request, ORIGIN),
                    stored(made, 5)), Reason.COUNTER_REGRESSED);
        }

        @Test
        void a_passkey_not_in_allow_credentials() {
            NewCredential made = registered();
            String request = relyingParty.assertionOptions(List.of()).json();
            String assertion = authenticator.authenticate(request, ORIGIN);
            String narrowed = relyingParty.assertionOptions(List.of(CredentialId.of(new byte[] {9}))).json();
            // Same challenge, but only another credential allowed.
            String otherAllowed = withChallengeOf(narrowed, request);

            assertRejected(() -> relyingParty.verifyAssertion(otherAllowed, assertion, stored(made)), Reason.OTHER);
        }

        @Test
        void an_assertion_checked_against_another_stored_passkey() {
            NewCredential made = registered();
            String request = relyingParty.assertionOptions(List.of()).json();
            String assertion = authenticator.authenticate(request, ORIGIN);
            var someoneElses = new StoredCredential(CredentialId.of(new byte[] {7}), user, made.publicKeyCose(), 0,
                    true, false, false, Set.of());

            assertRejected(() -> relyingParty.verifyAssertion(request, assertion, someoneElses), Reason.OTHER);
        }

        @Test
        void an_assertion_naming_another_user_handle() {
            NewCredential made = registered();
            String request = relyingParty.assertionOptions(List.of()).json();
            String assertion = authenticator.authenticate(request, ORIGIN);
            var storedForAnother = new StoredCredential(made.id(), UserHandle.random(), made.publicKeyCose(), 0, true,
                    false, false, Set.of());

            assertRejected(() -> relyingParty.verifyAssertion(request, assertion, storedForAnother), Reason.OTHER);
        }

        @Test
        void an_authenticator_outside_the_aaguid_allowlist() {
            var strict = new SpringWebAuthnRelyingParty(new PasskeySettings(RP_ID, "Journal", Set.of(ORIGIN), "direct",
                    Set.of(UUID.fromString("ee882879-721c-4913-9775-3dfcce97072a")), Duration.ofMinutes(5)));
            String creation = strict.registrationOptions(user, "ada", "Ada", List.of()).json();

            assertRejected(() -> strict.verifyRegistration(creation, authenticator.register(creation, ORIGIN)),
                    Reason.AUTHENTICATOR_NOT_ALLOWED);
        }

        @Test
        void an_authenticator_inside_the_aaguid_allowlist() {
            var strict = new SpringWebAuthnRelyingParty(new PasskeySettings(RP_ID, "Journal", Set.of(ORIGIN), "direct",
                    Set.of(SoftwareAuthenticator.DEFAULT_AAGUID), Duration.ofMinutes(5)));
            String creation = strict.registrationOptions(user, "ada", "Ada", List.of()).json();

            assertThat(strict.verifyRegistration(creation, authenticator.register(creation, ORIGIN)).aaguid())
                    .isEqualTo(SoftwareAuthenticator.DEFAULT_AAGUID);
        }

        @Test
        void a_self_attestation_that_does_not_check_out() {
            var direct = new SpringWebAuthnRelyingParty(new PasskeySettings(RP_ID, "Journal", Set.of(ORIGIN), "direct",
                    Set.of(), Duration.ofMinutes(5)));
            String creation = direct.registrationOptions(user, "ada", "Ada", List.of()).json();
            authenticator.packedSelfAttestation(true).corruptSignature(true);

            assertRejected(() -> direct.verifyRegistration(creation, authenticator.register(creation, ORIGIN)),
                    Reason.SIGNATURE);
        }

        @Test
        void options_of_another_relying_party() {
            var other = new SpringWebAuthnRelyingParty(PasskeySettings.of("evil.example", "Evil", Set.of("https://evil.example")));
            String creation = other.registrationOptions(user, "ada", "Ada", List.of()).json();

            assertThatThrownBy(() -> relyingParty.verifyRegistration(creation,
                    authenticator.register(creation, "https://evil.example")))
                    .isInstanceOf(PasskeyRejectedException.class);
        }
    }

    @Test
    void a_direct_self_attestation_registers_with_its_aaguid() {
        var direct = new SpringWebAuthnRelyingParty(new PasskeySettings(RP_ID, "Journal", Set.of(ORIGIN), "direct",
                Set.of(SoftwareAuthenticator.DEFAULT_AAGUID), Duration.ofMinutes(5)));
        String creation = direct.registrationOptions(user, "ada", "Ada", List.of()).json();

        NewCredential made = direct.verifyRegistration(creation,
                authenticator.packedSelfAttestation(true).register(creation, ORIGIN));

        assertThat(made.aaguid()).isEqualTo(SoftwareAuthenticator.DEFAULT_AAGUID);
    }

    @Test
    void counters_of_zero_on_both_sides_are_accepted() {
        authenticator.countsSignatures(false);
        NewCredential made = registered();
        String request = relyingParty.assertionOptions(List.of()).json();

        var verified = relyingParty.verifyAssertion(request, authenticator.authenticate(request, ORIGIN), stored(made, 0));

        assertThat(verified.signatureCount()).isZero();
    }

    @Test
    void a_higher_counter_is_accepted() {
        NewCredential made = registered();
        String request = relyingParty.assertionOptions(List.of()).json();
        authenticator.nextSignatureCount(6);

        var verified = relyingParty.verifyAssertion(request, authenticator.authenticate(request, ORIGIN), stored(made, 5));

        assertThat(verified.signatureCount()).isEqualTo(6);
    }

    @Test
    void an_assertion_without_user_handle_is_read_and_checked() {
        NewCredential made = registered();
        String request = relyingParty.assertionOptions(List.of(made.id())).json();
        String assertion = authenticator.sendsUserHandle(false).authenticate(request, ORIGIN);

        var claim = relyingParty.claimOf(assertion);
        var verified = relyingParty.verifyAssertion(request, assertion, stored(made));

        assertThat(claim.credentialId()).isEqualTo(made.id());
        assertThat(claim.userHandle()).isNull();
        assertThat(verified.userVerified()).isTrue();
    }

    // ---- helpers ----

    String creationOptions() {
        return relyingParty.registrationOptions(user, "ada@example.org", "Ada", List.of()).json();
    }

    NewCredential registered() {
        String creation = creationOptions();
        return relyingParty.verifyRegistration(creation, authenticator.register(creation, ORIGIN));
    }

    StoredCredential stored(NewCredential made) {
        return stored(made, made.signatureCount());
    }

    StoredCredential stored(NewCredential made, long count) {
        return new StoredCredential(made.id(), user, made.publicKeyCose(), count, made.userVerified(),
                made.backupEligible(), made.backedUp(), made.transports());
    }

    static String withChallengeOf(String options, String challengeFrom) {
        ObjectNode tree = (ObjectNode) JSON.readTree(options);
        tree.put("challenge", JSON.readTree(challengeFrom).get("challenge").stringValue());
        return JSON.writeValueAsString(tree);
    }

    static byte[] base64Url(JsonNode node) {
        return SoftwareAuthenticator.fromBase64Url(node.stringValue());
    }

    static void assertRejected(ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call)
                .isInstanceOf(PasskeyRejectedException.class)
                .extracting(e -> ((PasskeyRejectedException) e).reason())
                .isEqualTo(reason);
    }
}
