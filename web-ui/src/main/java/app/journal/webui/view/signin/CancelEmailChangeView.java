package app.journal.webui.view.signin;

import com.vaadin.flow.component.html.Anchor;
import app.journal.webui.WebUiProperties;
import app.journal.webui.api.account.EmailChangeCancelOutcome;
import app.journal.webui.api.JournalApiClient;
import app.journal.webui.api.JournalApiException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import static app.journal.webui.view.FormParts.show;
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
public class CancelEmailChangeView extends AuthPage {

    static final String ROUTE = "cancel-email-change";

    private final JournalApiClient api;
    private final Div result = new Div();
    private String token = "";

    public CancelEmailChangeView(JournalApiClient api, WebUiProperties properties) {
        super(properties, "Cancelling the change of address");
        this.api = api;
        result.addClassName("auth-result");
        card.add(result);
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        token = takeLinkToken(event, ROUTE);
        cancel();
    }

    private void cancel() {
        result.removeAll();
        if (token.isEmpty()) {
            show("cancel-email-change-failed", "This link is incomplete", "The address you opened has no code in "
                    + "it. Open the link from the mail again, or copy all of it into the address bar.");
            return;
        }
        try {
            switch (api.lifecycle().cancelEmailChange(token)) {
                case EmailChangeCancelOutcome.Cancelled _ -> show("cancel-email-change-success",
                        "The change of address is cancelled", "Your account keeps its address, and the "
                                + "confirmation link sent to the other address no longer works. If you did not ask "
                                + "for the change, someone knows your password: change it now (a reset by mail "
                                + "works too). Changing it also signs every other device out.");
                case EmailChangeCancelOutcome.LinkInvalid invalid -> show("cancel-email-change-failed",
                        "This link does not work", invalid.detail());
            }
            token = "";
        } catch (JournalApiException failure) {
            showUnavailable(failure);
        }
    }

    private void show(String id, String title, String text) {
        heading.setText(title);
        Div answer = new Div(new Paragraph(text), next());
        answer.setId(id);
        answer.addClassName("auth-form");
        result.add(answer);
    }

    private void showUnavailable(JournalApiException failure) {
        heading.setText("The change could not be cancelled right now");
        Button retry = new Button("Try again", e -> cancel());
        retry.setId("cancel-email-change-retry");
        retry.addThemeVariants(ButtonVariant.PRIMARY);
        Div unavailable = new Div(new Paragraph(failure.getMessage()), retry);
        unavailable.setId("cancel-email-change-unavailable");
        unavailable.addClassName("auth-form");
        result.add(unavailable);
    }

    /** To the account page (to change the password) when signed in, else to "forgot your password". */
    private Anchor next() {
        Anchor link = api.account().isPresent() ? Routes.link("Change your password", Routes.ACCOUNT)
                : Routes.link("Choose a new password", ForgotPasswordView.ROUTE);
        link.setId("cancel-email-change-next");
        return link;
    }
}
