package app.journal.webui.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The JSON answers of confirm-it's-you and the two-step verification calls. */
final class TwoStepAnswers {

    private TwoStepAnswers() {
    }

    /** {@code POST /api/me/confirm}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Confirmed(@Nullable Instant confirmedUntil) {
    }

    /** {@code POST /api/me/two-step/setup}: shown once, during enrolment; never printed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Setup(@Nullable String secret, @Nullable String otpauthUri) {
        @Override
        public String toString() {
            return "Setup[redacted]";
        }
    }

    /** {@code POST /api/me/two-step/enable} and {@code POST /api/me/two-step/recovery-codes}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RecoveryCodes(@Nullable List<String> recoveryCodes) {
        @Override
        public String toString() {
            return "RecoveryCodes[redacted]";
        }
    }
}
