package app.journal.webui.view;

import com.vaadin.flow.component.textfield.TextField;

/**
 * The fields for a code of the authenticator app and for a recovery code, the same on the second sign-in
 * step, the set-up of two-step verification and "confirm it's you". The code field asks the browser for
 * its one-time-code autofill and a numeric keyboard on phones; spaces are allowed, because people paste
 * "123 456" and the API ignores them.
 */
public final class CodeFields {

    /** Six digits and a space or two in between. */
    static final int CODE_MAX_LENGTH = 9;

    private CodeFields() {
    }

    public static TextField oneTimeCode(String id, String label) {
        TextField field = new TextField(label);
        FormParts.prepareField(field, id, com.vaadin.flow.component.textfield.Autocomplete.OFF);
        // Not in Vaadin's enum; the component hands the attribute on to its input.
        field.getElement().setAttribute("autocomplete", "one-time-code");
        field.setAllowedCharPattern("[0-9 ]");
        field.setPattern("[0-9 ]{6," + CODE_MAX_LENGTH + "}");
        field.setMaxLength(CODE_MAX_LENGTH);
        field.setHelperText("The 6-digit code your authenticator app shows now.");
        field.addAttachListener(e -> field.getElement()
                .executeJs("if (this.inputElement) { this.inputElement.setAttribute('inputmode', 'numeric'); }"));
        return field;
    }

    public static TextField recoveryCode(String id) {
        TextField field = new TextField("Recovery code");
        FormParts.prepareField(field, id, com.vaadin.flow.component.textfield.Autocomplete.OFF);
        field.setMaxLength(24);
        field.setHelperText("One of the codes you saved when you turned on two-step verification, "
                + "for example abcd-efgh-jkmn. Each works once.");
        field.getElement().setAttribute("spellcheck", "false");
        return field;
    }

    /** Whether a field holds something to send; marks it otherwise. */
    public static boolean filled(TextField field, String missing) {
        FormParts.clearInvalid(field);
        if (field.getValue().isBlank()) {
            FormParts.markInvalid(field, missing);
            field.focus();
            return false;
        }
        return true;
    }
}
