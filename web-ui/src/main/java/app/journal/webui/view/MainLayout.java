package app.journal.webui.view;

import app.journal.webui.WebUiProperties;
import app.journal.webui.api.JournalApiClient;
import app.journal.webui.api.SessionCredentials;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.internal.AllowInert;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in frame around the journal, the devices and the activity page: the header, the user menu
 * (Journal, Account, Security, Devices, Activity, Administration for administrators, Sign out), signing out, and following another tab that signed in or out.
 * Who may open a page at all is decided before it runs ({@link AccessControl}); the pages hold only
 * their page.
 *
 * <p>Demo mode: the same header with the "Demo mode" badge and note, and no user menu.
 */
public final class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final JournalApiClient api;
    private final boolean accounts;
    private final SessionWatch watch;
    private final int sessionCheckMillis;
    private @Nullable Registration polling;

    private final Badge demoBadge = new Badge("Demo mode");
    private final Paragraph demoNote = new Paragraph(
            "You are trying Journal with a shared demo account: other visitors of the demo can read these entries.");
    private final MenuBar userMenu = new MenuBar();
    private final Span userMenuLabel = new Span();
    private final Main content = new Main();
    /** "Administration": shown to administrators only ({@link AdminRole}); the API guards the area itself. */
    private @Nullable MenuItem administration;
    /** The account the frame shows, to notice when another tab signs out or in with another account. */
    private @Nullable String signedInAs;

    public MainLayout(JournalApiClient api, WebUiProperties properties, Clock clock) {
        this.api = Objects.requireNonNull(api, "api");
        this.accounts = properties.userMgmtEnabled();
        this.watch = new SessionWatch(api, clock);
        this.sessionCheckMillis = (int) Math.min(Integer.MAX_VALUE, properties.sessionCheckInterval().toMillis());
        addClassName("journal-page");
        content.addClassName("journal-main");
        add(header(), content);
    }

    @Override
    public void showRouterLayoutContent(HasElement page) {
        content.getElement().removeAllChildren();
        if (page != null) {
            content.getElement().appendChild(Objects.requireNonNull(page.getElement()));
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        content.getElement().removeAllChildren();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        showWhoIsSignedIn();
    }

    /** Puts the badge, the note and the user menu in line with this browser session's credentials. */
    public void showWhoIsSignedIn() {
        boolean demo = api.session().map(s -> s instanceof SessionCredentials.Demo).orElse(false);
        demoBadge.setVisible(demo);
        demoNote.setVisible(demo);
        signedInAs = accounts ? api.account().map(SessionCredentials.Account::email).orElse(null) : null;
        // Only a change is sent: any change inside the menu bar re-renders it and closes the menu if it is
        // open (setText replaces the text node even when the text is the same).
        String label = signedInAs == null ? "" : signedInAs;
        if (!label.equals(userMenuLabel.getText())) {
            userMenuLabel.setText(label);
        }
        if (userMenu.isVisible() != (signedInAs != null)) {
            userMenu.setVisible(signedInAs != null);
        }
        boolean admin = signedInAs != null && AdminRole.isAdminIfKnown(api);
        if (administration != null && administration.isVisible() != admin) {
            administration.setVisible(admin);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (accounts) {
            AuthBroadcast.listen(this);
            SessionWatch.onVisible(this);
            if (sessionCheckMillis > 0) {
                UI ui = attachEvent.getUI();
                ui.setPollInterval(sessionCheckMillis);
                polling = ui.addPollListener(poll -> sessionCheck());
            }
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (polling != null) {
            polling.remove();
            polling = null;
            detachEvent.getUI().setPollInterval(-1);
        }
        super.onDetach(detachEvent);
    }

    /**
     * The tab became visible again, or the poll came: if the session ended elsewhere (an administrator
     * disabled the account, another device signed this one out), to {@code /login}, which says why.
     */
    @ClientCallable
    @AllowInert // also while a dialog is open
    void sessionCheck() {
        if (!accounts || signedInAs == null || watch.sessionStillOpen()) {
            return;
        }
        parkUnsaved();
        signedInAs = null;
        SessionEnd.toSignIn(api, null, currentPath());
    }

    /**
     * Another tab signed in or out. The message is only a hint: what counts is the browser session's
     * credentials on the server, which every tab shares.
     */
    @ClientCallable
    @AllowInert // also while a dialog is open: signing out elsewhere must reach this tab
    void authChanged(String message) {
        if (!accounts || signedInAs == null) {
            return;
        }
        Optional<SessionCredentials.Account> account = api.account();
        if (account.isEmpty()) {
            parkUnsaved();
            signedInAs = null;
            UI.getCurrent().navigate(Routes.LOGIN, QueryParameters.of(SignInRedirect.NEXT, currentPath()));
        } else if (!account.get().email().equals(signedInAs)) {
            // Someone signed in with another account in another tab: show that account's pages.
            parkUnsaved();
            UI.getCurrent().getPage().reload();
        }
    }

    /** Signs this device out (the user menu, or "sign out" on this device in the devices list). */
    public void signOut() {
        parkUnsaved();
        signedInAs = null;
        api.logOut();
        UI ui = UI.getCurrent();
        AuthBroadcast.announce(ui, AuthBroadcast.SIGNED_OUT);
        ui.navigate(Routes.LOGIN);
    }

    private void parkUnsaved() {
        content.getChildren().filter(HoldsUnsavedWork.class::isInstance).map(HoldsUnsavedWork.class::cast)
                .forEach(HoldsUnsavedWork::parkUnsaved);
    }

    private String currentPath() {
        return getUI().map(ui -> "/" + ui.getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .orElse("/");
    }

    private Header header() {
        H1 title = new H1("Journal");
        demoBadge.setId("demo-badge");
        demoBadge.addThemeVariants(BadgeVariant.CONTRAST);
        demoBadge.setVisible(false);
        Div brand = new Div(title, demoBadge);
        brand.addClassName("journal-brand");
        Paragraph tagline = new Paragraph("Write things down. Find them again.");
        tagline.addClassName("journal-tagline");
        demoNote.addClassName("journal-demo-note");
        demoNote.setVisible(false);
        Div top = new Div(brand, userMenu());
        top.addClassName("journal-top");
        Header header = new Header(top, tagline, demoNote);
        header.addClassName("journal-header");
        return header;
    }

    private MenuBar userMenu() {
        userMenu.setId("user-menu");
        userMenu.addClassName("user-menu");
        userMenu.addThemeVariants(MenuBarVariant.TERTIARY, MenuBarVariant.ALIGN_END);
        userMenu.getElement().setAttribute("aria-label", "Account");
        userMenuLabel.addClassName("user-menu-email");
        Span icon = new Span(VaadinIcon.USER.create());
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.addClassName("user-menu-icon");
        MenuItem account = userMenu.addItem(new Span(icon, userMenuLabel));
        account.addClassName("user-menu-account");
        SubMenu items = account.getSubMenu();
        item(items, "Journal", "menu-journal", Routes.JOURNAL);
        item(items, "Account", "menu-account", Routes.ACCOUNT);
        item(items, "Security", "menu-security", Routes.SECURITY);
        item(items, "Devices", "menu-devices", Routes.DEVICES);
        item(items, "Activity", "menu-activity", Routes.ACTIVITY);
        administration = item(items, "Administration", "menu-admin", Routes.ADMIN_USERS);
        administration.setVisible(false);
        items.addSeparator();
        MenuItem signOut = items.addItem("Sign out", e -> signOut());
        signOut.setId("sign-out");
        userMenu.setVisible(false);
        return userMenu;
    }

    private static MenuItem item(SubMenu menu, String text, String id, String route) {
        MenuItem item = menu.addItem(text, e -> UI.getCurrent().navigate(route));
        item.setId(id);
        return item;
    }
}
