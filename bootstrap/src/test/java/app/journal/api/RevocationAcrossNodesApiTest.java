package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two whole nodes (this test's application and a second one started beside it, same database, same
 * token keys), over real HTTP: an access token signed out on node A stops working on node B within the
 * notification's delay (measured, logged), although node B does not ask PostgreSQL per request.
 */
class RevocationAcrossNodesApiTest extends AccountsApiTestBase {

    private static final Logger LOG = LoggerFactory.getLogger(RevocationAcrossNodesApiTest.class);

    @RegisterExtension
    final SecondNode.Slot nodes = new SecondNode.Slot();

    private Response getOn(int nodePort, String path, String bearer) {
        return sendTo(nodePort, "GET", path, null, bearer);
    }

    @Test
    void signed_out_on_one_node_is_refused_on_the_other() throws Exception {
        int portB = nodes.start().port;

        List<Long> delaysMicros = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            var tokens = registerVerifyAndLogIn(uniqueEmail());
            String access = tokens.get("accessToken").asString();
            for (int call = 0; call < 5; call++) {
                assertThat(getOn(portB, "/api/entries", access).status()).isEqualTo(200);
            }
            assertThat(get("/api/entries", access).status()).as("node A serves it too").isEqualTo(200);

            var logout = post("/api/auth/logout", json(Map.of("refreshToken", tokens.get("refreshToken").asString())),
                    null);
            assertThat(logout.status()).isEqualTo(204);
            long signedOut = System.nanoTime();
            SecondNode.await(() -> getOn(portB, "/api/entries", access).status() == 401, "node B refuses the token");
            delaysMicros.add(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - signedOut));
            assertThat(get("/api/entries", access).status()).isEqualTo(401);
        }
        LOG.info("Sign-out on node A reached node B's API after {} µs (measured over HTTP)", delaysMicros);
    }
}
