package app.journal.webui.view;

import com.vaadin.flow.component.html.Anchor;

/**
 * The addresses of the pages the frame and other capabilities lead to. The frame ({@link MainLayout},
 * {@link AccessControl}) navigates by these strings rather than by view classes, so the capability
 * packages depend on the frame and never the other way round. Each view's {@code @Route} reads its
 * address from here.
 */
public final class Routes {

    public static final String JOURNAL = "";
    public static final String LOGIN = "login";
    public static final String ACCOUNT = "account";
    public static final String SECURITY = "account/security";
    public static final String DEVICES = "account/devices";
    public static final String ACTIVITY = "account/activity";
    public static final String CONFIRM_EMAIL = "confirm-email";
    public static final String REGISTER = "register";
    public static final String CHECK_MAIL = "check-mail";
    public static final String VERIFY = "verify";
    public static final String ADMIN_USERS = "admin/users";
    public static final String ADMIN_AUDIT = "admin/audit";

    private Routes() {
    }

    /**
     * A link into the application that the router follows in the page, as a {@code RouterLink} does,
     * without naming the view class.
     */
    public static Anchor link(String text, String route) {
        Anchor link = new Anchor(route, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }
}
