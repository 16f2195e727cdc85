package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.journal.application.testing.SoftwareAuthenticator;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 16: a passkey ceremony begun on one node is finished on another, once (the ceremony is a row in the
 * shared PostgreSQL, not anything a node keeps): two Journal instances on one database.
 */
class PasskeyAcrossNodesApiTest extends TwoStepApiTestBase {

    @RegisterExtension
    final SecondNode.Slot nodes = new SecondNode.Slot();

    private Response postOn(int nodePort, String path, String body) {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + nodePort + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("User-Agent", FIREFOX)
                .header("Content-Type", "application/json");
        return exchange(builder);
    }

    @Test
    void aSignInBegunOnOneNodeIsFinishedOnTheOtherOnce() {
        var access = access(verifiedAndSignedIn("pk-nodes@example.org", FIREFOX));
        var authenticator = new SoftwareAuthenticator();
        assertThat(confirm(access, PASSWORD, null).status()).isEqualTo(200);
        var options = post("/api/me/passkeys/options", null, access).json();
        var created = authenticator.register(options.get("publicKey").toString(), PasskeyApiTest.ORIGIN);
        var added = post("/api/me/passkeys", json(Map.of("ceremonyId", options.get("ceremonyId").asString(),
                "credential", JSON.readTree(created))), access);
        assertThat(added.status()).as(added.body()).isEqualTo(201);

        int portB = nodes.start("--journal.rate-limits.login-per-client.limit=100000",
                "--journal.rate-limits.login-per-client.window=1h").port;
        // Options from node B, the answer to node A, then the same answer again to node B.
        var signIn = postOn(portB, "/api/auth/passkey/options", "{}").json();
        var answer = json(Map.of("ceremonyId", signIn.get("ceremonyId").asString(), "credential",
                JSON.readTree(authenticator.authenticate(signIn.get("publicKey").toString(), PasskeyApiTest.ORIGIN))));
        var signedIn = post("/api/auth/passkey", answer, null);
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        var replayed = postOn(portB, "/api/auth/passkey", answer);
        assertThat(replayed.status()).isEqualTo(401);
        assertThat(replayed.json().get("type").asString()).isEqualTo(PasskeyApiTest.FAILED);
    }
}
