package app.journal.webui;

import app.journal.webui.api.ApiBaseUrl;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the web UI, under {@code journal.web}.
 *
 * @param apiBaseUrl       where the REST API is, for example {@code https://journal.example.org}; empty (the
 *                         default) means this same server, reached over loopback at
 *                         {@code http://127.0.0.1:<server port><context path>}
 * @param userMgmtEnabled  accounts in the UI (sign-in, register, verify, sign-out) instead of the demo
 *                         auto-login; {@code false} (the default) keeps the demo behaviour. The API's
 *                         {@code journal.user-mgmt.enabled} has to be on too.
 */
@ConfigurationProperties("journal.web")
public record WebUiProperties(String apiBaseUrl, boolean userMgmtEnabled) {

    public WebUiProperties(@Nullable String apiBaseUrl, boolean userMgmtEnabled) {
        this.apiBaseUrl = apiBaseUrl == null || apiBaseUrl.isBlank() ? "" : ApiBaseUrl.normalise(apiBaseUrl);
        this.userMgmtEnabled = userMgmtEnabled;
    }

    /** Whether the UI calls the API of the application it runs in. */
    public boolean apiOnSameServer() {
        return apiBaseUrl.isEmpty();
    }
}
