package app.journal.adapter.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.journal.application.port.out.RelyingParty.NewCredential;
import app.journal.application.port.out.RelyingParty.PasskeyRejectedException;
import app.journal.application.port.out.RelyingParty.Reason;
import app.journal.application.port.out.RelyingParty.StoredCredential;
import app.journal.application.testing.SoftwareAuthenticator;
import app.journal.domain.passkey.UserHandle;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Whatever arrives instead of a WebAuthn response, the relying party answers {@link PasskeyRejectedException}
 * (the REST layer turns that into a 400/401 problem), never another exception (a 500).
 */
class SpringWebAuthnRelyingPartyMalformedTest {

    private static final String ORIGIN = "https://journal.example";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SpringWebAuthnRelyingParty relyingParty = new SpringWebAuthnRelyingParty(
            PasskeySettings.of("journal.example", "Journal", Set.of(ORIGIN)));
    private final SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
    private final UserHandle user = UserHandle.random();

    /** How to spoil a response, and in which ceremony that must be refused (elsewhere it may be ignored). */
    record Spoil(String name, UnaryOperator<String> apply, boolean registration, boolean assertion) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Spoil> garbage() {
        return Stream.of(
                both("empty", s -> ""),
                both("blank", s -> "   "),
                both("empty object", s -> "{}"),
                both("not JSON", s -> "this is not JSON"),
                both("JSON null", s -> "null"),
                both("an array", s -> "[]"),
                both("a number", s -> "42"),
                both("truncated JSON", s -> s.substring(0, s.length() / 2)),
                both("no response", s -> without(s, "response")),
                both("response is a string", s -> set(s, "/response", "x")),
                both("rawId not base64url", s -> set(s, "/rawId", "!!not base64!!")),
                both("id not base64url", s -> set(set(s, "/id", "@@@"), "/rawId", "@@@")),
                both("rawId empty", s -> set(set(s, "/id", ""), "/rawId", "")),
                both("rawId too long", s -> set(set(s, "/id", "A".repeat(2000)), "/rawId", "A".repeat(2000))),
                both("rawId another credential", s -> set(set(s, "/id", "AQID"), "/rawId", "AQID")),
                both("rawId a number", s -> setNumber(s, "/rawId")),
                both("type not public-key", s -> set(s, "/type", "password")),
                both("clientDataJSON not base64url", s -> set(s, "/response/clientDataJSON", "%%%")),
                both("clientDataJSON not JSON", s -> set(s, "/response/clientDataJSON", b64("nope"))),
                both("clientDataJSON empty object", s -> set(s, "/response/clientDataJSON", b64("{}"))),
                both("clientDataJSON missing", s -> without(s, "response", "clientDataJSON")),
                both("authenticatorData truncated", s -> truncate(s, "/response/authenticatorData", 20)),
                both("authenticatorData empty", s -> set(s, "/response/authenticatorData", "")),
                both("authenticatorData CBOR garbage", s -> set(s, "/response/authenticatorData",
                        b64bytes(garbageBytes(37 + 70)))),
                assertionOnly("authenticatorData missing", s -> without(s, "response", "authenticatorData")),
                registrationOnly("attestationObject truncated", s -> truncate(s, "/response/attestationObject", 30)),
                registrationOnly("attestationObject CBOR garbage", s -> set(s, "/response/attestationObject",
                        b64bytes(garbageBytes(200)))),
                registrationOnly("attestationObject not a map", s -> set(s, "/response/attestationObject",
                        b64bytes(new byte[] {0x01}))),
                assertionOnly("signature not base64url", s -> set(s, "/response/signature", "***")),
                assertionOnly("signature empty", s -> set(s, "/response/signature", "")),
                assertionOnly("signature garbage", s -> set(s, "/response/signature", b64bytes(garbageBytes(72)))),
                assertionOnly("userHandle not base64url", s -> set(s, "/response/userHandle", "***")),
                assertionOnly("userHandle too long", s -> set(s, "/response/userHandle", b64bytes(new byte[65]))),
                registrationOnly("transports not a list", s -> set(s, "/response/transports", "usb")),
                // Later browsers may send values this one does not know: ignoring them is what the spec asks.
                neither("unknown transport", s -> setArray(s, "/response/transports", "carrier-pigeon")),
                neither("authenticatorAttachment unknown", s -> set(s, "/authenticatorAttachment", "glued")),
                neither("clientExtensionResults a string", s -> set(s, "/clientExtensionResults", "x")));
    }

    @ParameterizedTest
    @MethodSource("garbage")
    void registration_garbage_is_refused(Spoil spoil) {
        String creation = relyingParty.registrationOptions(user, "ada", "Ada", List.of()).json();
        String response = spoil.apply().apply(authenticator.register(creation, ORIGIN));

        Throwable thrown = catchThrowable(() -> relyingParty.verifyRegistration(creation, response));

        assertRefusedOrIgnored(thrown, spoil.registration());
    }

    @ParameterizedTest
    @MethodSource("garbage")
    void assertion_garbage_is_refused(Spoil spoil) {
        StoredCredential stored = registered();
        String request = relyingParty.assertionOptions(List.of()).json();
        String response = spoil.apply().apply(authenticator.authenticate(request, ORIGIN));

        Throwable thrown = catchThrowable(() -> relyingParty.verifyAssertion(request, response, stored));
        Throwable claim = catchThrowable(() -> relyingParty.claimOf(response));

        assertRefusedOrIgnored(thrown, spoil.assertion());
        assertRefusedOrIgnored(claim, false);
    }

    private static void assertRefusedOrIgnored(Throwable thrown, boolean mustRefuse) {
        if (mustRefuse) {
            assertThat(thrown).isInstanceOf(PasskeyRejectedException.class);
        } else {
            assertThat(thrown).satisfiesAnyOf(
                    t -> assertThat(t).isNull(),
                    t -> assertThat(t).isInstanceOf(PasskeyRejectedException.class));
        }
    }

    @Test
    void claims_of_garbage_are_malformed() {
        for (String garbage : List.of("", "{}", "not JSON", "null", "[]", "{\"id\":\"AQID\"}",
                "{\"rawId\":\"***\",\"response\":{}}", "{\"rawId\":\"AQID\",\"id\":\"AQIE\",\"response\":{}}",
                "{\"rawId\":\"AQID\",\"response\":{\"userHandle\":\"***\"}}")) {
            assertThatThrownBy(() -> relyingParty.claimOf(garbage))
                    .as(garbage)
                    .isInstanceOf(PasskeyRejectedException.class)
                    .extracting(e -> ((PasskeyRejectedException) e).reason())
                    .isEqualTo(Reason.MALFORMED);
        }
    }

    @Test
    void stored_options_that_are_not_readable_are_refused_too() {
        StoredCredential stored = registered();
        String request = relyingParty.assertionOptions(List.of()).json();
        String response = authenticator.authenticate(request, ORIGIN);

        for (String options : List.of("", "{}", "{\"challenge\":\"***\",\"rpId\":\"journal.example\"}")) {
            assertOnlyRejected(() -> relyingParty.verifyAssertion(options, response, stored));
            assertOnlyRejected(() -> relyingParty.verifyRegistration(options, response));
        }
    }

    @Test
    void a_stored_key_that_is_not_readable_is_refused() {
        StoredCredential stored = registered();
        String request = relyingParty.assertionOptions(List.of()).json();
        var broken = new StoredCredential(stored.id(), user, new byte[] {(byte) 0xff, 0x00}, 0, true, false, false, Set.of());

        assertOnlyRejected(() -> relyingParty.verifyAssertion(request, authenticator.authenticate(request, ORIGIN), broken));
    }

    /** Flipped bytes anywhere in the binary members: refused, never a crash (seeded, so a failure repeats). */
    @Test
    void flipped_bytes_never_escape_as_another_exception() {
        Random random = new Random(16);
        StoredCredential registered = registered();
        // A stored counter of 0 accepts any count, so only the flipped byte can make it fail.
        var stored = new StoredCredential(registered.id(), user, registered.publicKeyCose(), 0, true, false, false, Set.of());
        for (int round = 0; round < 100; round++) {
            String request = relyingParty.assertionOptions(List.of()).json();
            String assertion = authenticator.authenticate(request, ORIGIN);
            String member = List.of("/response/authenticatorData", "/response/clientDataJSON", "/response/signature")
                    .get(random.nextInt(3));
            String spoiled = flip(assertion, member, random);
            Throwable thrown = catchThrowable(() -> relyingParty.verifyAssertion(request, spoiled, stored));
            assertThat(thrown).as("round %d, %s", round, member).isInstanceOf(PasskeyRejectedException.class);
        }
        for (int round = 0; round < 100; round++) {
            String creation = relyingParty.registrationOptions(user, "ada", "Ada", List.of()).json();
            authenticator.forget();
            String registration = authenticator.register(creation, ORIGIN);
            String member = List.of("/response/attestationObject", "/response/clientDataJSON").get(random.nextInt(2));
            String spoiled = flip(registration, member, random);
            Throwable thrown = catchThrowable(() -> relyingParty.verifyRegistration(creation, spoiled));
            assertThat(thrown).as("round %d, %s", round, member)
                    .satisfiesAnyOf(t -> assertThat(t).isNull(), t -> assertThat(t).isInstanceOf(PasskeyRejectedException.class));
        }
    }

    // ---- helpers ----

    private StoredCredential registered() {
        String creation = relyingParty.registrationOptions(user, "ada", "Ada", List.of()).json();
        NewCredential made = relyingParty.verifyRegistration(creation, authenticator.register(creation, ORIGIN));
        return new StoredCredential(made.id(), user, made.publicKeyCose(), made.signatureCount(), true, false, false,
                made.transports());
    }

    private static void assertOnlyRejected(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThat(catchThrowable(call)).isInstanceOf(PasskeyRejectedException.class);
    }

    private static Spoil both(String name, UnaryOperator<String> spoil) {
        return new Spoil(name, spoil, true, true);
    }

    private static Spoil registrationOnly(String name, UnaryOperator<String> spoil) {
        return new Spoil(name, spoil, true, false);
    }

    private static Spoil assertionOnly(String name, UnaryOperator<String> spoil) {
        return new Spoil(name, spoil, false, true);
    }

    private static Spoil neither(String name, UnaryOperator<String> spoil) {
        return new Spoil(name, spoil, false, false);
    }

    private static String set(String json, String pointer, String value) {
        JsonNode root = JSON.readTree(json);
        int slash = pointer.lastIndexOf('/');
        ((ObjectNode) root.at(pointer.substring(0, slash))).put(pointer.substring(slash + 1), value);
        return JSON.writeValueAsString(root);
    }

    private static String setNumber(String json, String pointer) {
        JsonNode root = JSON.readTree(json);
        int slash = pointer.lastIndexOf('/');
        ((ObjectNode) root.at(pointer.substring(0, slash))).put(pointer.substring(slash + 1), 12345);
        return JSON.writeValueAsString(root);
    }

    private static String setArray(String json, String pointer, String item) {
        JsonNode root = JSON.readTree(json);
        int slash = pointer.lastIndexOf('/');
        ((ObjectNode) root.at(pointer.substring(0, slash))).putArray(pointer.substring(slash + 1)).add(item);
        return JSON.writeValueAsString(root);
    }

    private static String without(String json, String... path) {
        JsonNode root = JSON.readTree(json);
        JsonNode parent = root;
        for (int i = 0; i < path.length - 1; i++) {
            parent = parent.get(path[i]);
        }
        ((ObjectNode) parent).remove(path[path.length - 1]);
        return JSON.writeValueAsString(root);
    }

    private static String truncate(String json, String pointer, int bytes) {
        JsonNode node = JSON.readTree(json).at(pointer);
        if (node.isMissingNode()) {
            return json;
        }
        byte[] value = SoftwareAuthenticator.fromBase64Url(node.stringValue());
        return set(json, pointer, b64bytes(Arrays.copyOf(value, Math.min(bytes, value.length))));
    }

    private static String flip(String json, String pointer, Random random) {
        byte[] value = SoftwareAuthenticator.fromBase64Url(JSON.readTree(json).at(pointer).stringValue());
        value[random.nextInt(value.length)] ^= (byte) (1 << random.nextInt(8));
        return set(json, pointer, b64bytes(value));
    }

    private static byte[] garbageBytes(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }

    private static String b64(String text) {
        return b64bytes(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String b64bytes(byte[] bytes) {
        return SoftwareAuthenticator.toBase64Url(bytes);
    }
}
