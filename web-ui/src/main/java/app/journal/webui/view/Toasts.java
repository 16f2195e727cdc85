package app.journal.webui.view;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The short messages that confirm or report what just happened. */
public final class Toasts {

    private static final int SUCCESS_MILLIS = 3_000;
    private static final int ERROR_MILLIS = 7_000;
    private static final int NOTICE_MILLIS = 12_000;

    private Toasts() {
    }

    public static void success(String text) {
        Notification notification = Notification.show(text, SUCCESS_MILLIS, Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
        notification.addClassName("toast-success");
    }

    /**
     * Something the person should know and may need a while to read (for example: text given back). The
     * text is an element with {@code id}, so that it can be found on the page while the toast shows.
     */
    public static void notice(String id, String text) {
        Span message = new Span(text);
        message.setId(id);
        Notification notification = new Notification(message);
        notification.setDuration(NOTICE_MILLIS);
        notification.setPosition(Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        notification.setAssertive(true);
        notification.addClassName("toast-notice");
        notification.open();
    }

    public static void error(String text) {
        Notification notification = Notification.show(text, ERROR_MILLIS, Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(NotificationVariant.ERROR);
        notification.setAssertive(true);
        notification.addClassName("toast-error");
    }
}
