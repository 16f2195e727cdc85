package app.journal.webui.view.account;

import app.journal.webui.api.AccountSecurity;
import app.journal.webui.api.JournalApiClient;
import app.journal.webui.api.JournalApiException;
import app.journal.webui.api.account.SecurityOverview;
import app.journal.webui.api.SessionEndedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import app.journal.webui.api.passkeys.Passkey;
import org.jspecify.annotations.Nullable;
import app.journal.webui.view.BrowserZone;
import app.journal.webui.view.MainLayout;
import app.journal.webui.view.SessionEnd;
import app.journal.webui.view.UiMessages;
import app.journal.webui.view.FormParts;
import app.journal.webui.view.Routes;

/**
 * The security page ({@code /account/security}, {@code security-page}) in the signed-in frame: the passkeys
 * ({@link PasskeysSection}), two-step verification with its recovery codes ({@link TwoStepSection}) and the trusted browsers
 * ({@link TrustedBrowsersSection}). Reached from the user menu and the account page.
 */
@Route(value = SecurityView.ROUTE, layout = MainLayout.class)
@PageTitle("Security · Journal")
public class SecurityView extends Section implements BeforeEnterObserver {

    static final String ROUTE = Routes.SECURITY;

    private final JournalApiClient api;
    private final AccountSecurity security;
    private final TwoStepSection twoStep;
    private final TrustedBrowsersSection trusted;
    private final PasskeysSection passkeys;
    private final Div failure = FormParts.alert("security-error", "auth-error");
    private final Paragraph zoneNote = new Paragraph(BrowserZone.note(ZoneOffset.UTC));
    private ZoneId zone = ZoneOffset.UTC;
    private @Nullable SecurityOverview shown;
    private List<Passkey> shownPasskeys = List.of();

    public SecurityView(JournalApiClient api) {
        this.api = api;
        this.security = api.security();
        setId("security-page");
        addClassName("account-page");
        H2 heading = new H2("Security");
        heading.addClassName("section-heading");
        RouterLink back = new RouterLink("Back to your account", AccountView.class);
        back.setId("to-account");
        zoneNote.addClassName("account-intro");
        Confirmation confirmation = new Confirmation(security::confirm,
                Confirmation.WithPasskey.of(api.passkeys()), this::sessionEnded);
        twoStep = new TwoStepSection(security, this::reload, confirmation, this::sessionEnded);
        trusted = new TrustedBrowsersSection(security::removeTrustedBrowser, this::reload, confirmation,
                this::sessionEnded);
        passkeys = new PasskeysSection(api.passkeys(), this::reload, confirmation, this::sessionEnded);
        add(heading, new Paragraph(back), zoneNote, failure, passkeys, twoStep, trusted);
        addAttachListener(e -> BrowserZone.whenKnown(this, browserZone -> {
            zone = browserZone;
            zoneNote.setText(BrowserZone.note(zone));
            if (shown != null) {
                show(shown);
            }
        }));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        load(() -> SessionEnd.toSignIn(api, event, "/" + ROUTE));
    }

    /** Asks the API again and shows what it says now (after every change). */
    private void reload() {
        load(this::sessionEnded);
    }

    private void load(Runnable onSessionEnded) {
        try {
            SecurityOverview overview = security.overview();
            shownPasskeys = passkeysOrNone();
            show(overview);
        } catch (SessionEndedException ended) {
            onSessionEnded.run();
        } catch (JournalApiException notNow) {
            FormParts.show(failure, "Your security settings could not be loaded. " + UiMessages.of(notNow));
        }
    }

    /** The passkeys; none (and the section says why) when only they cannot be loaded. */
    private List<Passkey> passkeysOrNone() {
        try {
            return api.passkeys().list();
        } catch (SessionEndedException ended) {
            throw ended;
        } catch (JournalApiException notNow) {
            passkeys.notLoaded("Your passkeys could not be loaded. " + UiMessages.of(notNow));
            return List.of();
        }
    }

    private void show(SecurityOverview overview) {
        shown = overview;
        FormParts.hide(failure);
        passkeys.show(shownPasskeys, zone);
        twoStep.show(overview.twoStep(), zone);
        trusted.show(overview.trustedBrowsers(), zone);
    }

    private void sessionEnded() {
        SessionEnd.toSignIn(api, null, "/" + ROUTE);
    }
}
