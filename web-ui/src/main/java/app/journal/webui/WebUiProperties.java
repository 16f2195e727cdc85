package app.journal.webui;

import app.journal.webui.api.ApiBaseUrl;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the web UI, under {@code journal.web}.
 *
 * @param apiBaseUrl       where the REST API is, for example {@code https://journal.example.org}; empty (the
 *                         default) means this same server, reached over loopback at
 *                         {@code http://127.0.0.1:<server port><context path>}
 * @param userMgmtEnabled  accounts in the UI (sign-in, register, verify, sign-out) instead of the demo
 *                         auto-login; {@code false} (the default) keeps the demo behaviour. The API's
 *                         {@code journal.user-mgmt.enabled} has to be on too.
 * @param sessionCheckInterval how often an open signed-in page asks whether its session still holds (an
 *                         administrator disabled the account, another device signed it out); {@code 30s} by
 *                         default, {@code 0} for never (the page then finds out at its next action or when
 *                         its tab becomes visible again)
 */
@ConfigurationProperties("journal.web")
public record WebUiProperties(String apiBaseUrl, boolean userMgmtEnabled, Duration sessionCheckInterval) {

    public WebUiProperties(@Nullable String apiBaseUrl, boolean userMgmtEnabled,
            @DefaultValue("30s") Duration sessionCheckInterval) {
        this.apiBaseUrl = apiBaseUrl == null || apiBaseUrl.isBlank() ? "" : ApiBaseUrl.normalise(apiBaseUrl);
        this.userMgmtEnabled = userMgmtEnabled;
        if (sessionCheckInterval.isNegative()) {
            throw new IllegalArgumentException("journal.web.session-check-interval must not be negative");
        }
        this.sessionCheckInterval = sessionCheckInterval;
    }

    /** Whether the UI calls the API of the application it runs in. */
    public boolean apiOnSameServer() {
        return apiBaseUrl.isEmpty();
    }
}
