package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code journal.admin.count-limit}: the accounts' list counts its matches up to the limit and says "more than"
 * past it ({@code totalCapped}), while every page, past the limit too, still answers.
 */
@TestPropertySource(properties = "journal.admin.count-limit=3")
class AdminListCountLimitApiTest extends AdminApiTestBase {

    @Test
    void theTotalStopsAtTheLimitAndSaysSoWhileLaterPagesStillAnswer() throws Exception {
        var admin = administrator("a1@admin.example.org");
        for (var name : List.of("c1", "c2", "c3")) {
            assertThat(register(name + "@capped.example.org", PASSWORD).status()).isEqualTo(202);
        }

        var three = get("/api/admin/users?q=capped.example&match=contains&size=2", admin.access());
        assertThat(three.status()).isEqualTo(200);
        assertThat(three.json().get("total").asLong()).isEqualTo(3);
        assertThat(three.json().get("totalCapped").asBoolean()).isFalse();

        assertThat(register("c4@capped.example.org", PASSWORD).status()).isEqualTo(202);
        var four = get("/api/admin/users?q=capped.example&match=contains&size=2&sort=email&dir=asc", admin.access());
        assertThat(four.json().get("total").asLong()).isEqualTo(3);
        assertThat(four.json().get("totalCapped").asBoolean()).isTrue();

        var past = get("/api/admin/users?q=capped.example&match=contains&size=2&page=1&sort=email&dir=asc",
                admin.access());
        assertThat(past.status()).isEqualTo(200);
        assertThat(past.json().get("users")).extracting(user -> user.get("email").asString())
                .containsExactly("c3@capped.example.org", "c4@capped.example.org");
        assertThat(past.json().get("totalCapped").asBoolean()).isTrue();
    }
}
