package app.journal.webui.view.journal;

import app.journal.webui.api.ApiProblemException;
import app.journal.webui.api.journal.EntryDraft;
import app.journal.webui.api.FieldError;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The title and text inputs of an entry, and the preview of the text, used by the "New entry" form and by
 * the edit dialog. The API owns the rules; this only shows its field errors next to the right input and
 * never clears what the person typed on a failure.
 */
final class EntryFields {

    /** Titles longer than this are refused by the API; the browser stops typing there already. */
    static final int TITLE_MAX_LENGTH = 200;

    final TextField title = new TextField("Title");
    final TextArea body = new TextArea("Entry");
    /** The text as it will look, rendered by the API a moment after typing pauses. */
    final MarkdownPreview preview;

    /** How long typing must pause before the preview is rendered again. */
    static final int PREVIEW_DELAY_MILLIS = 400;
    /** The text in the browser's text area when it fires {@code input}. */
    private static final String TYPED = "event.target.value";

    EntryFields(String titleId, String bodyId, MarkdownPreview.Renderer markdown) {
        preview = new MarkdownPreview(markdown, bodyId + "-preview");
        title.setId(titleId);
        title.setMaxLength(TITLE_MAX_LENGTH);
        title.setRequiredIndicatorVisible(true);
        title.setManualValidation(true);
        title.setWidthFull();
        title.setPlaceholder("Give it a name");
        // Short text: synced while typing, so an error under the title goes away as soon as it is fixed.
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.addValueChangeListener(e -> clearError(title));

        body.setId(bodyId);
        body.setManualValidation(true);
        body.setWidthFull();
        body.setMinRows(4);
        body.setMaxRows(16);
        body.setPlaceholder("What is on your mind?");
        body.setHelperText("Markdown: # heading, *emphasis*, **strong**, - list, > quote, `code`, [link](https://...)");
        // The value itself still syncs on change (leaving the field, which a click on Save does first), so a save
        // right after typing never misses the last words. The preview follows the typing on its own: the text
        // comes with the input event once typing pauses, one request per pause rather than per key.
        body.addValueChangeListener(e -> {
            clearError(body);
            preview.show(e.getValue());
        });
        body.getElement().addEventListener("input", e -> preview.show(e.getEventData().get(TYPED).asString("")))
                .addEventData(TYPED)
                .debounce(PREVIEW_DELAY_MILLIS);
    }

    EntryDraft draft() {
        return new EntryDraft(title.getValue(), body.getValue());
    }

    void fill(String titleText, String bodyText) {
        title.setValue(titleText);
        body.setValue(bodyText);
        clearErrors();
    }

    void clear() {
        fill("", "");
    }

    void clearErrors() {
        clearError(title);
        clearError(body);
    }

    /**
     * Puts the problem's field errors under their inputs and focuses the first one.
     *
     * @return the messages that belong to no input here, to be shown another way
     */
    List<String> showFieldErrors(ApiProblemException problem) {
        clearErrors();
        List<String> unplaced = new ArrayList<>();
        boolean focused = false;
        for (FieldError error : problem.fieldErrors()) {
            switch (error.field()) {
                case "title" -> {
                    markInvalid(title, error.message());
                    if (!focused) {
                        title.focus();
                        focused = true;
                    }
                }
                case "body" -> {
                    markInvalid(body, error.message());
                    if (!focused) {
                        body.focus();
                        focused = true;
                    }
                }
                default -> unplaced.add(error.message());
            }
        }
        return unplaced;
    }

    private static void markInvalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private static void clearError(HasValidation field) {
        field.setInvalid(false);
        field.setErrorMessage(null);
    }
}
