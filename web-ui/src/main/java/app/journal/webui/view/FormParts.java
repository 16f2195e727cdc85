package app.journal.webui.view;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextFieldBase;

/**
 * The pieces every form of Journal shares, on the public pages and in the account area alike: an alert
 * that screen readers announce, and fields that show their own error until the person edits them.
 */
public final class FormParts {

    private FormParts() {
    }

    /** A message in the card that screen readers announce when it appears or changes. */
    public static Div alert(String id, String className) {
        Div alert = new Div();
        alert.setId(id);
        alert.addClassName(className);
        alert.getElement().setAttribute("role", "alert");
        alert.setVisible(false);
        return alert;
    }

    public static void show(Div alert, String text) {
        alert.setText(text);
        alert.setVisible(true);
    }

    public static void hide(Div alert) {
        alert.setText("");
        alert.setVisible(false);
    }

    public static void markInvalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    /** The set-up every email and password field of the sign-in and registration pages shares. */
    public static void prepareField(TextFieldBase<?, String> field, String id, Autocomplete autocomplete) {
        field.setId(id);
        field.setAutocomplete(autocomplete);
        field.setRequiredIndicatorVisible(true);
        field.setManualValidation(true);
        field.setWidthFull();
        field.addValueChangeListener(e -> clearInvalid(field));
    }

    public static void clearInvalid(HasValidation field) {
        field.setInvalid(false);
        field.setErrorMessage(null);
    }
}
