package app.journal.webui.view.account;

import app.journal.webui.api.ApiProblemException;
import app.journal.webui.api.JournalApiException;
import app.journal.webui.api.ReauthenticationRequired;
import app.journal.webui.api.SessionEndedException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextFieldBase;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import app.journal.webui.view.UiMessages;
import app.journal.webui.view.FormParts;

/**
 * One part of the account page (change password, change address, export, delete): a card with a heading,
 * a line that says what it does, a message that screen readers announce, and the way every part handles
 * an answer of the API: its own problems placed by the part, too many attempts, an ended sign-in, and
 * "confirm it's you" before a sensitive change.
 */
abstract class AccountSection extends Section {

    private final Runnable onSessionEnded;
    protected final Confirmation confirmation;
    protected final Div message;
    protected final Div form = new Div();

    /**
     * @param confirmation   "confirm it's you" when a change needs it, then the change again
     * @param onSessionEnded what happens when the API says the sign-in is over (to the sign-in page)
     */
    AccountSection(String id, String title, String intro, Confirmation confirmation, Runnable onSessionEnded) {
        this.onSessionEnded = onSessionEnded;
        this.confirmation = confirmation;
        setId(id);
        addClassName("account-section");
        H3 heading = new H3(title);
        heading.addClassName("account-section-heading");
        Paragraph what = new Paragraph(intro);
        what.addClassName("account-intro");
        message = FormParts.alert(id + "-message", "auth-notice");
        form.addClassName("account-form");
        add(heading, what, message, form);
    }

    /**
     * Runs {@code call} and hands its answer to {@code done} when the API accepted it. A change that needs
     * "confirm it's you" asks for it and runs again ({@link Confirmation}). The API's refusals go to
     * {@code problems} (to place them next to their fields), except too many attempts and an ended sign-in,
     * handled here: the one path of every account section's errors.
     */
    protected final <T> void attempt(String notDone, Supplier<T> call, Consumer<ApiProblemException> problems,
            Consumer<T> done) {
        confirmation.run(() -> once(notDone, call, problems).ifPresent(done));
    }

    private <T> Optional<T> once(String notDone, Supplier<T> call, Consumer<ApiProblemException> problems) {
        FormParts.hide(message);
        try {
            return Optional.of(call.get());
        } catch (ReauthenticationRequired needed) {
            throw needed;
        } catch (SessionEndedException ended) {
            onSessionEnded.run();
        } catch (ApiProblemException problem) {
            if (problem.status() == 429) {
                say(UiMessages.tooManyAttempts(problem.retryAfter()));
            } else {
                problems.accept(problem);
            }
        } catch (JournalApiException failure) {
            say(notDone + " " + failure.getMessage());
        }
        return Optional.empty();
    }

    protected final void say(String text) {
        FormParts.show(message, text);
    }

    /** Like the sign-in page's fields, for the account page's password and address fields. */
    static <F extends TextFieldBase<F, String>> F field(F field, String id, Autocomplete autocomplete) {
        FormParts.prepareField(field, id, autocomplete);
        return field;
    }

    /** Whether {@code field} has something in it; marks it otherwise. */
    static boolean filled(TextFieldBase<?, String> field, String missing) {
        FormParts.clearInvalid(field);
        if (field.getValue().isBlank()) {
            FormParts.markInvalid(field, missing);
            return false;
        }
        return true;
    }

    static void invalid(HasValidation field, String text) {
        FormParts.markInvalid(field, text);
    }
}
