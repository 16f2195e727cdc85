package app.journal.webui.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The answer of {@code DELETE /api/sessions/others}: how many sessions were signed out. */
@JsonIgnoreProperties(ignoreUnknown = true)
record RevokedCount(int revoked) {
}
