package app.journal.webui.view.signin;

import com.vaadin.flow.component.html.Anchor;
import app.journal.webui.WebUiProperties;
import app.journal.webui.api.account.EmailChangeCancelOutcome;
import app.journal.webui.api.JournalApiClient;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import app.journal.webui.view.PublicPage;
import app.journal.webui.view.Routes;

/**
 * Where the "this was not me" link mailed to the current address leads:
 * {@code /cancel-email-change?token=...}. Takes the token out of the address bar, hands it to the API
 * and says what happened: the change is cancelled (and the password should be changed, since whoever
 * asked knew it), or the link does not work.
 */
@PublicPage
@Route(CancelEmailChangeView.ROUTE)
@PageTitle("Cancel the change of address · Journal")
public class CancelEmailChangeView extends LinkPage {

    static final String ROUTE = "cancel-email-change";

    private final JournalApiClient api;

    public CancelEmailChangeView(JournalApiClient api, WebUiProperties properties) {
        super(properties, "Cancelling the change of address", ROUTE, "cancel-email-change",
                "The change could not be cancelled right now");
        this.api = api;
    }

    @Override
    protected void showIncomplete() {
        show("cancel-email-change-failed", "This link is incomplete", "The address you opened has no code in "
                + "it. Open the link from the mail again, or copy all of it into the address bar.");
    }

    @Override
    protected void follow(String token) {
        switch (api.lifecycle().cancelEmailChange(token)) {
            case EmailChangeCancelOutcome.Cancelled _ -> show("cancel-email-change-success",
                    "The change of address is cancelled", "Your account keeps its address, and the "
                            + "confirmation link sent to the other address no longer works. If you did not ask "
                            + "for the change, someone knows your password: change it now (a reset by mail "
                            + "works too). Changing it also signs every other device out.");
            case EmailChangeCancelOutcome.LinkInvalid invalid -> show("cancel-email-change-failed",
                    "This link does not work", invalid.detail());
        }
    }

    private void show(String id, String title, String text) {
        answer(id, title, new Paragraph(text), next());
    }

    /** To the account page (to change the password) when signed in, else to "forgot your password". */
    private Anchor next() {
        Anchor link = api.account().isPresent() ? Routes.link("Change your password", Routes.ACCOUNT)
                : Routes.link("Choose a new password", ForgotPasswordView.ROUTE);
        link.setId("cancel-email-change-next");
        return link;
    }
}
