package app.journal.webui.view;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The short messages that confirm or report what just happened. */
final class Toasts {

    private static final int SUCCESS_MILLIS = 3_000;
    private static final int ERROR_MILLIS = 7_000;

    private Toasts() {
    }

    static void success(String text) {
        Notification notification = Notification.show(text, SUCCESS_MILLIS, Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
        notification.addClassName("toast-success");
    }

    static void error(String text) {
        Notification notification = Notification.show(text, ERROR_MILLIS, Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(NotificationVariant.ERROR);
        notification.setAssertive(true);
        notification.addClassName("toast-error");
    }
}
