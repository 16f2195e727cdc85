package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** What an operator reads when Journal starts: where it runs, and nothing secret. */
@ExtendWith(OutputCaptureExtension.class)
class StartupLogTest extends ApiTestBase {

    @Test
    void the_start_is_reported_in_one_line_and_no_generated_password_is_logged(CapturedOutput output) {
        assertThat(output.getAll()).as("startup captured").contains("Journal started on http://localhost:" + port);
        assertThat(output.getAll()).contains("schema version 14").contains("demo mode on, user management off");
        assertThat(output.getAll()).doesNotContainIgnoringCase("generated security password");
    }
}
