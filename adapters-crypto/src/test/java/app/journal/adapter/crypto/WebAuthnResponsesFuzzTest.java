package app.journal.adapter.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.journal.application.port.out.RelyingParty.PasskeyRejectedException;
import app.journal.application.port.out.RelyingParty.StoredCredential;
import app.journal.application.testing.SoftwareAuthenticator;
import app.journal.domain.passkey.UserHandle;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The WebAuthn side of the token-parser fuzzing (issue 16): fuzzed bytes stand in for a whole response, or for
 * one binary member of a real one (authenticator data, client data, signature, attestation object, ids, user
 * handle), so the CBOR, COSE and authenticator-data parsers behind {@link SpringWebAuthnRelyingParty} see them.
 * Only {@link PasskeyRejectedException} may come out (the REST layer turns it into a 400/401 problem); any other
 * exception would be a 500. Drivers as in {@code TokenParsersFuzzTest}: a Jazzer {@link FuzzTest} (replays in a
 * normal build; {@code JAZZER_FUZZ=1} fuzzes) and a seeded random run ({@code journal.fuzz.tries},
 * {@code journal.fuzz.seed}).
 *
 * @see "docs/decisions/0012-fuzzing-with-jazzer.md"
 */
class WebAuthnResponsesFuzzTest {

    private static final String ORIGIN = "https://journal.example";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> ASSERTION_MEMBERS = List.of("authenticatorData", "clientDataJSON", "signature",
            "userHandle");
    private static final List<String> REGISTRATION_MEMBERS = List.of("attestationObject", "clientDataJSON",
            "authenticatorData", "publicKey");

    private static final SpringWebAuthnRelyingParty RELYING_PARTY = new SpringWebAuthnRelyingParty(
            PasskeySettings.of("journal.example", "Journal", Set.of(ORIGIN)));
    private static final UserHandle USER = UserHandle.random();
    private static final SoftwareAuthenticator AUTHENTICATOR = new SoftwareAuthenticator();
    private static final String CREATION = RELYING_PARTY.registrationOptions(USER, "ada", "Ada", List.of()).json();
    private static final String REGISTRATION = AUTHENTICATOR.register(CREATION, ORIGIN);
    private static final StoredCredential STORED = stored();
    private static final String REQUEST = RELYING_PARTY.assertionOptions(List.of()).json();
    private static final String ASSERTION = AUTHENTICATOR.authenticate(REQUEST, ORIGIN);

    @FuzzTest(maxDuration = "5m")
    void fuzzed_responses_are_refused_as_passkey_rejections_only(byte[] input) {
        everyCheckRefusesOrAccepts(input);
    }

    @Test
    void seeded_random_responses_are_refused_as_passkey_rejections_only() {
        long seed = Long.getLong("journal.fuzz.seed", new SplittableRandom().nextLong());
        int tries = Integer.getInteger("journal.fuzz.tries", 300);
        var random = new SplittableRandom(seed);
        for (int i = 0; i < tries; i++) {
            var input = new byte[random.nextInt(1, 300)];
            random.nextBytes(input);
            try {
                everyCheckRefusesOrAccepts(input);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("replay with -Djournal.fuzz.seed=" + seed + " (try " + i + ", input "
                        + HexFormat.of().formatHex(input) + ")", e);
            }
        }
    }

    @Test
    void the_driver_would_see_another_exception() {
        Throwable thrown = catchThrowable(() -> refusedOrAccepted(() -> {
            throw new IllegalStateException("boom");
        }));
        assertThat(thrown).isInstanceOf(IllegalStateException.class);
    }

    /** The first byte picks where the rest goes: the whole response, or one member of a real one. */
    private static void everyCheckRefusesOrAccepts(byte[] input) {
        byte[] rest = input.length > 1 ? java.util.Arrays.copyOfRange(input, 1, input.length) : new byte[0];
        int choice = input.length == 0 ? 0 : Byte.toUnsignedInt(input[0]);
        String text = new String(rest, StandardCharsets.UTF_8);
        String assertion = choice % 2 == 0 ? text
                : replaced(ASSERTION, ASSERTION_MEMBERS.get((choice >> 1) % ASSERTION_MEMBERS.size()), rest);
        String registration = choice % 2 == 0 ? text
                : replaced(REGISTRATION, REGISTRATION_MEMBERS.get((choice >> 1) % REGISTRATION_MEMBERS.size()), rest);
        refusedOrAccepted(() -> RELYING_PARTY.claimOf(assertion));
        refusedOrAccepted(() -> RELYING_PARTY.verifyAssertion(REQUEST, assertion, STORED));
        refusedOrAccepted(() -> RELYING_PARTY.verifyRegistration(CREATION, registration));
    }

    /** Refused with PasskeyRejectedException, or (a member the check does not read) accepted; nothing else. */
    private static void refusedOrAccepted(Runnable check) {
        try {
            check.run();
        } catch (PasskeyRejectedException refused) {
            // the one way to refuse
        }
    }

    private static String replaced(String responseJson, String member, byte[] bytes) {
        var tree = (ObjectNode) JSON.readTree(responseJson);
        ((ObjectNode) tree.get("response")).put(member, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        return JSON.writeValueAsString(tree);
    }

    private static StoredCredential stored() {
        var made = RELYING_PARTY.verifyRegistration(CREATION, REGISTRATION);
        // A stored counter of 0 accepts any count, so only the fuzzed bytes decide.
        return new StoredCredential(made.id(), USER, made.publicKeyCose(), 0, true, false, false, made.transports());
    }
}
