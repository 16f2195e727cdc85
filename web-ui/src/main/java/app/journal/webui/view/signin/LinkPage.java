package app.journal.webui.view.signin;

import app.journal.webui.WebUiProperties;
import app.journal.webui.api.JournalApiException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;

/**
 * A page a mailed link opens ({@code /<route>?token=...}): it takes the token out of the address bar
 * ({@link AuthPage#takeLinkToken}), hands it to the API once and shows what happened. Without a token it
 * says the link is incomplete; when the API cannot be reached it says so and offers "Try again" with the
 * same token. The page's ids start with its {@code idPrefix}: {@code <idPrefix>-unavailable} and
 * {@code <idPrefix>-retry} here, the answers' ids in each page.
 */
abstract class LinkPage extends AuthPage {

    private final String route;
    private final String idPrefix;
    private final String unavailableHeading;
    private final Div result = new Div();
    private String token = "";

    /**
     * @param headingText the heading while the link is being followed
     * @param unavailableHeading the heading when the API could not be reached
     */
    LinkPage(WebUiProperties properties, String headingText, String route, String idPrefix,
            String unavailableHeading) {
        super(properties, headingText);
        this.route = route;
        this.idPrefix = idPrefix;
        this.unavailableHeading = unavailableHeading;
        result.addClassName("auth-result");
        card.add(result);
    }

    @Override
    protected final void enter(BeforeEnterEvent event) {
        token = takeLinkToken(event, route);
        followLink();
    }

    private void followLink() {
        result.removeAll();
        if (token.isEmpty()) {
            showIncomplete();
            return;
        }
        try {
            follow(token);
            token = ""; // answered: it is spent, and only "Try again" would use it again
        } catch (JournalApiException failure) {
            showUnavailable(failure);
        }
    }

    /** The link had no token: {@link #answer} why. */
    protected abstract void showIncomplete();

    /**
     * Hands the token to the API and {@link #answer}s with what happened.
     *
     * @throws JournalApiException when the API cannot answer: the page offers "Try again"
     */
    protected abstract void follow(String token);

    /** Shows one answer under {@code title}: the {@code parts} in a form box with the given id. */
    protected final void answer(String id, String title, Component... parts) {
        heading.setText(title);
        Div answer = new Div(parts);
        answer.setId(id);
        answer.addClassName("auth-form");
        result.add(answer);
    }

    private void showUnavailable(JournalApiException failure) {
        heading.setText(unavailableHeading);
        Button retry = new Button("Try again", e -> followLink());
        retry.setId(idPrefix + "-retry");
        retry.addThemeVariants(ButtonVariant.PRIMARY);
        Div unavailable = new Div(new Paragraph(failure.getMessage()), retry);
        unavailable.setId(idPrefix + "-unavailable");
        unavailable.addClassName("auth-form");
        result.add(unavailable);
    }
}
