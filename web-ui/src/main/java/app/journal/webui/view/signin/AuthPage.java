package app.journal.webui.view.signin;

import app.journal.webui.WebUiProperties;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;

/**
 * The frame of the account pages (sign in, register, check your mail, and the pages a mailed link opens,
 * {@link LinkPage}): the brand, one card with the page's only {@code h1}, and a footer line. The pages exist
 * only while accounts are switched on ({@code journal.web.user-mgmt-enabled}); otherwise they answer "not
 * found", as before they existed.
 */
abstract class AuthPage extends Main implements BeforeEnterObserver {

    private final boolean accountsEnabled;
    protected final H1 heading = new H1();
    protected final Section card = new Section();
    protected final Div footer = new Div();

    AuthPage(WebUiProperties properties, String headingText) {
        this.accountsEnabled = properties.userMgmtEnabled();
        addClassName("auth-page");
        Paragraph brand = new Paragraph("Journal");
        brand.addClassName("auth-brand");
        heading.setText(headingText);
        heading.addClassName("auth-heading");
        card.addClassName("auth-card");
        card.add(heading);
        footer.addClassName("auth-footer");
        add(brand, card, footer);
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        if (!accountsEnabled) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        enter(event);
    }

    /** What the page does when someone opens it (accounts are on). */
    protected abstract void enter(BeforeEnterEvent event);

    /**
     * The one-time token of a mailed link ({@code ?token=}), taken out of the address bar and history
     * once read: it has done its job, and a shared screen or a synced history should not keep it.
     */
    static String takeLinkToken(BeforeEnterEvent event, String route) {
        var token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("").strip();
        event.getUI().getPage().getHistory().replaceState(null, route);
        return token;
    }
}
