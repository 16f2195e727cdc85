package app.journal.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdFilterTest {

    @Test
    void a_fresh_request_id_is_a_random_version_4_uuid_and_does_not_repeat() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 10_000; i++) {
            var id = RequestIdFilter.fresh();
            var uuid = UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(uuid.toString()).isEqualTo(id);
            assertThat(seen.add(id)).as("repeated %s", id).isTrue();
        }
    }
}
