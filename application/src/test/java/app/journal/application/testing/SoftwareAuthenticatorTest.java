package app.journal.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The software authenticator answers what a browser would; these checks use only the JDK, so the relying
 * party's tests do not rest on the authenticator and the relying party sharing one mistake.
 */
class SoftwareAuthenticatorTest {

    private static final String ORIGIN = "https://journal.example";
    private static final String CREATE = """
            {"challenge":"AAECAwQFBgcICQoLDA0ODw","rp":{"id":"journal.example","name":"Journal"},
             "user":{"id":"dXNlci1oYW5kbGU","name":"ada","displayName":"Ada"},
             "pubKeyCredParams":[{"type":"public-key","alg":-7},{"type":"public-key","alg":-257}],
             "excludeCredentials":[],"authenticatorSelection":{"residentKey":"required","userVerification":"required"},
             "attestation":"none"}""";
    private static final String GET = """
            {"challenge":"EBESExQVFhcYGRobHB0eHw","rpId":"journal.example","allowCredentials":[],
             "userVerification":"required"}""";

    @Test
    void registration_carries_the_challenge_origin_and_a_none_attestation() {
        var authenticator = new SoftwareAuthenticator();

        Map<String, Object> credential = json(authenticator.register(CREATE, ORIGIN));

        Map<String, Object> response = map(credential.get("response"));
        assertThat(credential).containsEntry("type", "public-key").containsEntry("authenticatorAttachment", "platform");
        assertThat(credential.get("id")).isEqualTo(credential.get("rawId"));
        assertThat(json(utf8(response.get("clientDataJSON"))))
                .containsEntry("type", "webauthn.create")
                .containsEntry("challenge", "AAECAwQFBgcICQoLDA0ODw")
                .containsEntry("origin", ORIGIN);
        byte[] authData = bytes(response.get("authenticatorData"));
        assertThat(Arrays.copyOf(authData, 32)).isEqualTo(sha256("journal.example".getBytes(StandardCharsets.UTF_8)));
        assertThat(authData[32] & 0x45).isEqualTo(0x45); // UP, UV, AT
        byte[] attestationObject = bytes(response.get("attestationObject"));
        assertThat(new String(attestationObject, StandardCharsets.ISO_8859_1)).contains("fmt", "none", "attStmt", "authData");
        assertThat(authenticator.credentials()).singleElement()
                .satisfies(c -> assertThat(c.userHandle()).isEqualTo("dXNlci1oYW5kbGU"))
                .satisfies(c -> assertThat(c.id()).isEqualTo(credential.get("id")));
    }

    @Test
    void assertion_signature_checks_out_with_the_registered_public_key() throws Exception {
        var authenticator = new SoftwareAuthenticator();
        Map<String, Object> created = map(json(authenticator.register(CREATE, ORIGIN)).get("response"));
        PublicKey key = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(bytes(created.get("publicKey"))));

        Map<String, Object> response = map(json(authenticator.authenticate(GET, ORIGIN)).get("response"));

        byte[] authData = bytes(response.get("authenticatorData"));
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(key);
        verifier.update(authData);
        verifier.update(sha256(bytes(response.get("clientDataJSON"))));
        assertThat(verifier.verify(bytes(response.get("signature")))).isTrue();
        assertThat(response).containsEntry("userHandle", "dXNlci1oYW5kbGU");
        assertThat(ByteBuffer.wrap(authData, 33, 4).getInt()).isEqualTo(1);
        assertThat(json(utf8(response.get("clientDataJSON")))).containsEntry("type", "webauthn.get");
    }

    @Test
    void knobs_change_the_flags_the_counter_and_the_rp_id_hash() {
        var authenticator = new SoftwareAuthenticator();
        authenticator.register(CREATE, ORIGIN);
        authenticator.userVerification(false).backup(true, true).nextSignatureCount(7).rpIdHashOf("evil.example");

        byte[] authData = bytes(map(json(authenticator.authenticate(GET, ORIGIN)).get("response")).get("authenticatorData"));

        assertThat(authData[32] & 0x1D).isEqualTo(0x19); // UP, BE, BS; no UV
        assertThat(ByteBuffer.wrap(authData, 33, 4).getInt()).isEqualTo(7);
        assertThat(Arrays.copyOf(authData, 32)).isEqualTo(sha256("evil.example".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_forgetful_authenticator_has_nothing_to_sign_with() {
        var authenticator = new SoftwareAuthenticator();
        authenticator.register(CREATE, ORIGIN);

        authenticator.forget();

        assertThatThrownBy(() -> authenticator.authenticate(GET, ORIGIN)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void it_refuses_to_register_twice_where_excluded() {
        var authenticator = new SoftwareAuthenticator();
        String id = (String) json(authenticator.register(CREATE, ORIGIN)).get("id");

        String excluding = CREATE.replace("\"excludeCredentials\":[]",
                "\"excludeCredentials\":[{\"type\":\"public-key\",\"id\":\"" + id + "\"}]");

        assertThatThrownBy(() -> authenticator.register(excluding, ORIGIN)).isInstanceOf(IllegalStateException.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String text) {
        return (Map<String, Object>) TinyJson.parse(text);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static byte[] bytes(Object base64Url) {
        return SoftwareAuthenticator.fromBase64Url((String) base64Url);
    }

    private static String utf8(Object base64Url) {
        return new String(bytes(base64Url), StandardCharsets.UTF_8);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
