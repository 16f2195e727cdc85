package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 17 on two nodes (this test's application and a {@link SecondNode} on the same database): what an
 * administrator does on node A holds on node B at once: signed-out and disabled people's access tokens stop
 * working there (through the revocation feed, node B does not ask PostgreSQL per request), a disabled person's
 * refresh there says why, and an administrator whose role was revoked on node A is refused on node B.
 */
class AdminAcrossNodesApiTest extends AdminApiTestBase {

    @RegisterExtension
    final SecondNode.Slot nodes = new SecondNode.Slot();

    @Test
    void signOutDisableAndARevokedRoleReachTheOtherNode() throws Exception {
        var boss = administrator(BOSS);
        var deputy = administrator(DEPUTY);
        var person = "two-nodes@example.org";
        var first = verifiedAndSignedIn(person, FIREFOX);
        var id = userId(person);
        int b = nodes.start().port;
        // Both nodes serve tokens issued before the second one started (one JVM: see SecurityContexts).
        assertThat(get("/api/me", access(first)).status()).isEqualTo(200);
        assertThat(sendTo(b, "GET", "/api/me", null, access(first)).status()).isEqualTo(200);
        assertThat(sendTo(b, "GET", "/api/admin/users/" + id, null, boss.access()).status()).isEqualTo(200);

        // Sign out all devices on node A: node B refuses the person's access token.
        var signedOut = post("/api/admin/users/" + id + "/sign-out", null, boss.access());
        assertThat(signedOut.status()).as(signedOut.body()).isEqualTo(204);
        SecondNode.await(() -> sendTo(b, "GET", "/api/me", null, access(first)).status() == 401, "node B ends the session");

        // Disable on node A: node B refuses the new session's token, and its refresh there says why.
        var second = signIn(person, PASSWORD, IPHONE);
        assertThat(sendTo(b, "GET", "/api/me", null, access(second)).status()).isEqualTo(200);
        assertThat(post("/api/admin/users/" + id + "/disable", json(Map.of("reason", "Two nodes")), boss.access())
                .status()).isEqualTo(204);
        SecondNode.await(() -> sendTo(b, "GET", "/api/me", null, access(second)).status() == 401, "node B ends the session");
        var refused = sendTo(b, "POST", "/api/auth/refresh", json(Map.of("refreshToken", refreshToken(second))), null);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:journal:problem:account-disabled");

        // The deputy revokes the boss's role on node A: node B refuses the boss at once, token or not.
        var bossId = userId(BOSS);
        assertThat(send("DELETE", "/api/admin/users/" + bossId + "/admin", null, deputy.access()).status())
                .isEqualTo(204);
        var refusedAdmin = sendTo(b, "GET", "/api/admin/users/" + id, null, boss.access());
        assertThat(refusedAdmin.status()).isEqualTo(403);
        assertThat(refusedAdmin.json().get("type").asString()).isEqualTo("urn:journal:problem:admin-only");
    }
}
