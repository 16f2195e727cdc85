package app.journal.webui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * When the browser's HTTP session is unknown here (this node restarted, another node took over, the
 * session timed out), Vaadin tells the page its session expired. The page then reloads at once, with no
 * "Session Expired" notification to click away: the reload brings the refresh cookie, and the sign-in
 * guard restores the sign-in before the page renders. One reload, no new sign-in.
 *
 * <p>A Spring bean: Vaadin's Spring integration registers every {@link VaadinServiceInitListener} bean.
 */
final class SessionExpiryReload implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> {
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            messages.setSessionExpiredNotificationEnabled(false);
            messages.setSessionExpiredURL(null);
            return messages;
        });
    }
}
