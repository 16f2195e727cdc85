package app.journal.webui.view;

import app.journal.webui.api.AccessTokenExpiry;
import app.journal.webui.api.JournalApiClient;
import app.journal.webui.api.JournalApiException;
import app.journal.webui.api.SessionCredentials;
import app.journal.webui.api.SessionEndedException;
import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Notices, while a signed-in page stays open, that its session ended somewhere else: an administrator
 * disabled the account or signed this device out, or the person signed it out from another device. The
 * frame asks when the tab becomes visible again and at every {@code journal.web.session-check-interval}
 * (Vaadin's poll).
 *
 * <p>A look never renews tokens: it asks the API only while the access token is still fresh, so an open tab
 * does not keep an idle session alive. With a fresh token the API refuses a revoked session at once (on every
 * node, through the revocation feed); the client's one renewal is then refused too, saying why
 * ({@code account-disabled}), and {@code /login} shows it.
 */
final class SessionWatch {

    /** A token this close to its expiry is left alone: the API could already call it expired and renew it. */
    private static final Duration MARGIN = Duration.ofSeconds(30);

    /** Calls the frame's {@code sessionCheck()} when the tab becomes visible; one listener per window. */
    private static final String ON_VISIBLE = """
            if (!window.journalSessionWatch) {
              window.journalSessionWatch = { target: null };
              document.addEventListener('visibilitychange', () => {
                const target = window.journalSessionWatch.target;
                if (document.visibilityState === 'visible' && target && target.isConnected && target.$server) {
                  target.$server.sessionCheck();
                }
              });
            }
            window.journalSessionWatch.target = this;
            """;

    private final JournalApiClient api;
    private final Clock clock;

    SessionWatch(JournalApiClient api, Clock clock) {
        this.api = Objects.requireNonNull(api, "api");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Makes {@code frame}'s {@code sessionCheck()} run when its tab becomes visible again. */
    static void onVisible(Component frame) {
        frame.getElement().executeJs(ON_VISIBLE);
    }

    /**
     * False when this browser session's account session is over; true when it is open, or when it cannot be
     * told now without renewing the token (or reaching the API).
     */
    boolean sessionStillOpen() {
        Optional<SessionCredentials.Account> held = api.account();
        if (held.isEmpty()) {
            return false;
        }
        Instant fresh = clock.instant().plus(MARGIN);
        if (!AccessTokenExpiry.of(held.get().accessToken()).map(fresh::isBefore).orElse(false)) {
            return true;
        }
        try {
            api.me();
            return true;
        } catch (SessionEndedException ended) {
            return false;
        } catch (JournalApiException notNow) {
            return true;
        }
    }
}
