package app.journal.webui.view.account;

import app.journal.webui.api.AccountLifecycle;
import app.journal.webui.api.AccountSecurity;
import app.journal.webui.api.JournalApiClient;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.time.Duration;
import app.journal.webui.view.AuthBroadcast;
import app.journal.webui.view.MainLayout;
import app.journal.webui.view.SessionEnd;
import app.journal.webui.view.SignInNotice;
import app.journal.webui.view.Routes;

/**
 * The account page ({@code /account}, {@code account-page}) in the signed-in frame: change the password,
 * change the address, export and import the journal, delete the account, and the way to the security page. The
 * sensitive changes ask "confirm it's you" when the API wants it ({@link Confirmation}). Each part is a component of its own; this
 * view wires them to the API and says what happens when the sign-in ends or the account is gone.
 */
@Route(value = AccountView.ROUTE, layout = MainLayout.class)
@PageTitle("Account · Journal")
public class AccountView extends Section {

    static final String ROUTE = Routes.ACCOUNT;
    static final String DELETED = "Your account and everything in it were deleted, and every device was signed out.";

    /** How much of the confirmation window must be left to start a download (it cannot stop to ask). */
    private static final Duration DOWNLOAD_MARGIN = Duration.ofSeconds(30);

    private final JournalApiClient api;

    public AccountView(JournalApiClient api) {
        this.api = api;
        setId("account-page");
        addClassName("account-page");
        H2 heading = new H2("Your account");
        heading.addClassName("section-heading");
        Paragraph who = new Paragraph(api.account().map(a -> "Signed in as " + a.email() + ".").orElse(""));
        who.setId("account-email");
        who.addClassName("account-intro");
        RouterLink security = new RouterLink("Two-step verification and trusted browsers", SecurityView.class);
        security.setId("to-security");
        Paragraph toSecurity = new Paragraph(security);
        toSecurity.addClassName("account-intro");
        AccountLifecycle lifecycle = api.lifecycle();
        AccountSecurity confirm = api.security();
        Confirmation confirmation = new Confirmation(confirm::confirm,
                Confirmation.WithPasskey.of(api.passkeys()), this::sessionEnded);
        add(heading, who, toSecurity,
                new PasswordChangeForm(lifecycle::changePassword, confirmation, this::sessionEnded),
                new EmailChangeForm(lifecycle::changeEmail, confirmation, this::sessionEnded),
                new ExportSection(lifecycle::export, () -> confirm.requireConfirmed(DOWNLOAD_MARGIN), confirmation,
                        this::sessionEnded),
                new ImportSection(lifecycle::importJournal, confirmation, this::sessionEnded),
                new DeleteAccountSection(lifecycle::deleteAccount, this::deleted, confirmation, this::sessionEnded));
        addComponentAtIndex(3, new SearchLanguageSection(api.finding()::searchLanguage, api.finding()::chooseSearchLanguage, confirmation,
                this::sessionEnded));
    }

    private void sessionEnded() {
        SessionEnd.toSignIn(api, null, "/" + ROUTE);
    }

    /** The account is gone and this browser signed out: every other tab follows, as after signing out. */
    private void deleted() {
        UI ui = UI.getCurrent();
        SignInNotice.leave(DELETED);
        AuthBroadcast.announce(ui, AuthBroadcast.SIGNED_OUT);
        ui.navigate(Routes.LOGIN);
    }
}
