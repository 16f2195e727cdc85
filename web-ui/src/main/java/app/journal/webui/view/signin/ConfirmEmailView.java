package app.journal.webui.view.signin;

import com.vaadin.flow.component.html.Anchor;
import app.journal.webui.WebUiProperties;
import app.journal.webui.api.account.EmailConfirmOutcome;
import app.journal.webui.api.JournalApiClient;
import app.journal.webui.api.JournalApiException;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import app.journal.webui.view.PublicPage;
import app.journal.webui.view.Routes;

/**
 * Where the link mailed to a new address leads: {@code /confirm-email?token=...}. Takes the token out of
 * the address bar (as {@link VerifyView} does), hands it to the API and says what happened: the account
 * uses the new address now, the link does not work, or the address was taken meanwhile.
 */
@PublicPage
@Route(ConfirmEmailView.ROUTE)
@PageTitle("Confirm your new address · Journal")
public class ConfirmEmailView extends LinkPage {

    static final String ROUTE = Routes.CONFIRM_EMAIL;

    private final JournalApiClient api;

    public ConfirmEmailView(JournalApiClient api, WebUiProperties properties) {
        super(properties, "Confirming your new address", ROUTE, "confirm-email",
                "Your new address could not be confirmed right now");
        this.api = api;
    }

    @Override
    protected void showIncomplete() {
        showFailed("This link is incomplete", "The address you opened has no confirmation code in it. Open the "
                + "link from the mail again, or copy all of it into the address bar.");
    }

    @Override
    protected void follow(String token) {
        switch (api.lifecycle().confirmEmail(token)) {
            case EmailConfirmOutcome.Changed changed -> showChanged(changed.email());
            case EmailConfirmOutcome.LinkInvalid invalid -> showFailed("This link does not work", invalid.detail()
                    + " You can ask for the change again on your account page.");
            case EmailConfirmOutcome.AddressTaken taken -> showFailed("This address cannot be used",
                    taken.detail());
        }
    }

    private void showChanged(String email) {
        try {
            // Signed in here, maybe with the account that moved: the frame should show its new address.
            api.refreshAccountAddress();
        } catch (JournalApiException notNow) {
            // The address shows again after the next sign-in; the change itself is done.
        }
        String text = email.isBlank() ? "Your account uses the new address from now on."
                : "Your account uses " + email + " from now on: sign in with it.";
        answer("confirm-email-success", "Your address is changed", new Paragraph(text), next());
    }

    private void showFailed(String title, String detail) {
        answer("confirm-email-failed", title, new Paragraph(detail), next());
    }

    /** Back to the journal for a browser that is signed in, to the sign-in page for one that is not. */
    private Anchor next() {
        Anchor link = api.account().isPresent() ? Routes.link("Back to your journal", Routes.JOURNAL)
                : Routes.link("Go to sign in", Routes.LOGIN);
        link.setId("confirm-email-next");
        return link;
    }
}
