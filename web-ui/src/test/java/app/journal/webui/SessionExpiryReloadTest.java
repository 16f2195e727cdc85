package app.journal.webui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.VaadinServletService;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SessionExpiryReloadTest {

    @Test
    void an_expired_session_reloads_the_page_without_a_notification() {
        VaadinServletService service = new VaadinServletService(null, null);

        new SessionExpiryReload().serviceInit(new ServiceInitEvent(service));

        SystemMessages messages = service.getSystemMessagesProvider()
                .getSystemMessages(new SystemMessagesInfo(Locale.ENGLISH, null, service));
        assertThat(messages.isSessionExpiredNotificationEnabled()).isFalse();
        assertThat(messages.getSessionExpiredURL()).as("null: reload the page the person is on").isNull();
    }
}
