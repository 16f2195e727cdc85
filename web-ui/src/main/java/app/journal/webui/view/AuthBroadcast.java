package app.journal.webui.view;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/**
 * Tells the browser's other tabs that someone signed in or out, over a
 * {@code BroadcastChannel('journal-auth')}. Each view that cares registers itself on attach; a message
 * from another tab calls that view's {@code @ClientCallable authChanged(String)}.
 *
 * <p>The message is only a hint to look again: every tab of a browser shares one server-side session,
 * so the view checks the credentials there and never trusts the message itself. No token ever goes
 * through the channel.
 */
public final class AuthBroadcast {

    public static final String SIGNED_IN = "signed-in";
    public static final String SIGNED_OUT = "signed-out";

    /** One channel per window, whose messages go to the view registered last (`this`). */
    private static final String LISTEN = """
            if (!('BroadcastChannel' in window)) { return; }
            if (!window.journalAuth) {
              const channel = new BroadcastChannel('journal-auth');
              window.journalAuth = { channel: channel, target: null };
              channel.onmessage = (event) => {
                const target = window.journalAuth.target;
                if (target && target.isConnected && target.$server && typeof event.data === 'string') {
                  target.$server.authChanged(event.data);
                }
              };
            }
            window.journalAuth.target = this;
            """;

    /** Posting on the window's own channel: a channel does not hear its own messages, other tabs do. */
    private static final String ANNOUNCE = """
            if (!('BroadcastChannel' in window)) { return; }
            if (window.journalAuth) {
              window.journalAuth.channel.postMessage($0);
            } else {
              const channel = new BroadcastChannel('journal-auth');
              channel.postMessage($0);
              channel.close();
            }
            """;

    private AuthBroadcast() {
    }

    public static void listen(Component view) {
        view.getElement().executeJs(LISTEN);
    }

    public static void announce(UI ui, String message) {
        ui.getPage().executeJs(ANNOUNCE, message);
    }
}
