package app.journal.webui.view.devices;

import app.journal.webui.api.AccountSecurity;
import app.journal.webui.api.ApiProblemException;
import app.journal.webui.api.account.SecurityOverview;
import app.journal.webui.view.account.TrustedBrowsersSection;
import app.journal.webui.api.devices.DeviceSession;
import app.journal.webui.api.JournalApiClient;
import app.journal.webui.api.JournalApiException;
import app.journal.webui.api.SessionEndedException;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import app.journal.webui.view.BrowserZone;
import app.journal.webui.view.MainLayout;
import app.journal.webui.view.SessionEnd;
import app.journal.webui.view.Toasts;
import app.journal.webui.view.DeviceText;
import app.journal.webui.view.Routes;

/**
 * The account's signed-in devices ({@code /account/devices}, {@code devices-page}): each active session
 * from {@code GET /api/sessions}, "This device" as the API marks it, "Sign out" per device and
 * "Sign out all other devices". Signing out this device is the ordinary sign-out.
 */
@Route(value = DevicesView.ROUTE, layout = MainLayout.class)
@PageTitle("Devices · Journal")
public class DevicesView extends Section implements BeforeEnterObserver {

    static final String ROUTE = Routes.DEVICES;

    private final JournalApiClient api;
    private final H2 heading = new H2("Your devices");
    private final Paragraph zoneNote = new Paragraph(BrowserZone.note(ZoneOffset.UTC));
    private final UnorderedList list = new UnorderedList();
    private final Button signOutOthers = new Button("Sign out all other devices");
    private final Div problem = new Div();
    private final AccountSecurity security;
    private final TrustedBrowsersSection trusted;
    private List<DeviceSession> sessions = List.of();
    private List<SecurityOverview.TrustedBrowser> trustedBrowsers = List.of();
    private ZoneId zone = ZoneOffset.UTC;

    public DevicesView(JournalApiClient api) {
        this.api = api;
        this.security = api.security();
        this.trusted = TrustedBrowsersSection.of(security, api.passkeys(), () -> load(null),
                () -> SessionEnd.toSignIn(api, null, "/" + ROUTE));
        setId("devices-page");
        addClassName("account-page");
        heading.addClassName("section-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        Paragraph intro = new Paragraph("These devices are signed in to your account. If you do not recognise one, "
                + "sign it out.");
        intro.addClassName("account-intro");
        zoneNote.setId("times-zone");
        zoneNote.addClassName("account-note");
        list.setId("device-list");
        list.addClassName("device-list");
        list.getElement().setAttribute("aria-label", "Signed-in devices");
        signOutOthers.setId("sign-out-others");
        // Filled, as its confirmation is: red text on Lumo's grey button is 4.48:1, under WCAG's 4.5:1.
        signOutOthers.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        signOutOthers.addClickListener(e -> confirmSignOutOthers());
        signOutOthers.setVisible(false);
        problem.setId("devices-unavailable");
        problem.addClassName("journal-message");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        Div actions = new Div(signOutOthers);
        actions.addClassName("account-actions");
        add(heading, intro, zoneNote, problem, list, actions, trusted);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        load(event);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        BrowserZone.whenKnown(this, browserZone -> {
            zone = browserZone;
            zoneNote.setText(BrowserZone.note(zone));
            render();
        });
    }

    private void load(@Nullable BeforeEnterEvent entering) {
        try {
            sessions = api.devices().sessions();
            problem.setVisible(false);
            trustedBrowsers = trustedBrowsers();
            render();
        } catch (SessionEndedException ended) {
            SessionEnd.toSignIn(api, entering, "/" + ROUTE);
        } catch (JournalApiException failure) {
            sessions = List.of();
            render();
            showProblem("Your devices could not be listed. " + failure.getMessage());
        }
    }

    private void render() {
        list.removeAll();
        sessions.forEach(session -> list.add(new DeviceCard(session, zone, this::confirmSignOut)));
        signOutOthers.setVisible(sessions.stream().anyMatch(session -> !session.current()));
        trusted.show(trustedBrowsers, zone);
    }

    /** The browsers that skip the second step; none to show when the list cannot be had right now. */
    private List<SecurityOverview.TrustedBrowser> trustedBrowsers() {
        try {
            return security.overview().trustedBrowsers();
        } catch (ApiProblemException | app.journal.webui.api.ApiUnreachableException notNow) {
            return List.of();
        }
    }

    private void confirmSignOut(DeviceSession session) {
        new ConfirmSignOut("sign-out-device-dialog", DeviceText.confirmHeader(session), DeviceText.confirmText(session),
                "Sign out", () -> signOut(session)).open();
    }

    private void confirmSignOutOthers() {
        new ConfirmSignOut("sign-out-others-dialog", "Sign out all other devices?",
                "Every device signed in to your account except this one will be signed out at its next action.",
                "Sign out all others", this::signOutOthers).open();
    }

    private void signOut(DeviceSession session) {
        if (session.current()) {
            MainLayout frame = findAncestor(MainLayout.class);
            if (frame != null) {
                frame.signOut();
            }
            return;
        }
        try {
            api.devices().revokeSession(session.id());
            Toasts.success(DeviceText.signedOut(session));
        } catch (ApiProblemException refused) {
            if (!refused.isNotFound()) {
                Toasts.error(session.device() + " was not signed out. " + refused.getMessage());
                return;
            }
            // Gone already (signed out or expired meanwhile): the list catches up.
        } catch (SessionEndedException ended) {
            SessionEnd.toSignIn(api, null, "/" + ROUTE);
            return;
        } catch (JournalApiException failure) {
            Toasts.error(session.device() + " was not signed out. " + failure.getMessage());
            return;
        }
        reloadAndFocus();
    }

    private void signOutOthers() {
        try {
            Toasts.success(DeviceText.othersSignedOut(api.devices().revokeOtherSessions()));
        } catch (SessionEndedException ended) {
            SessionEnd.toSignIn(api, null, "/" + ROUTE);
            return;
        } catch (JournalApiException failure) {
            Toasts.error("The other devices were not signed out. " + failure.getMessage());
            return;
        }
        reloadAndFocus();
    }

    /** The list changed under the focus (its button is gone): focus moves to the heading. */
    private void reloadAndFocus() {
        load(null);
        heading.getElement().callJsFunction("focus");
    }

    private void showProblem(String text) {
        problem.removeAll();
        Button retry = new Button("Try again", e -> load(null));
        retry.setId("devices-retry");
        problem.add(new Paragraph(text), retry);
        problem.setVisible(true);
    }
}
