package app.journal.webui.view.account;

import app.journal.webui.api.account.TwoStepSetup;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import app.journal.webui.view.CodeFields;
import app.journal.webui.view.Toasts;
import app.journal.webui.view.FormParts;

/**
 * Turning two-step verification on: the QR code drawn on the server ({@link QrSvg}), the key as text for
 * typing ({@code two-step-secret}, in groups of four, with {@code two-step-copy-secret}), and the app's
 * first code ({@code two-step-code}) that turns it on ({@code two-step-enable}).
 */
final class TwoStepEnrolment extends Div {

    private final TextField code = CodeFields.oneTimeCode("two-step-code", "6-digit code from the app");

    /** @param onEnable gets the code typed; {@link #refused} says when it did not work */
    TwoStepEnrolment(TwoStepSetup setup, Consumer<String> onEnable, Runnable onCancel) {
        setId("two-step-enrolment");
        addClassName("two-step-enrolment");
        Paragraph scan = new Paragraph("1. Scan this QR code with your authenticator app (for example Google "
                + "Authenticator, Aegis or 1Password).");
        Div qrBox = new Div();
        // The browser parses the SVG itself (Html would build it as HTML elements, and lose viewBox's case).
        qrBox.getElement().setProperty("innerHTML",
                QrSvg.svg(setup.otpauthUri(), "QR code with the key for your authenticator app"));
        qrBox.setId("two-step-qr");
        qrBox.addClassName("two-step-qr");
        qrBox.setWidth("200px");
        qrBox.setHeight("200px");
        Paragraph type = new Paragraph("Or type this key into the app:");
        Span secret = new Span(setup.groupedSecret());
        secret.setId("two-step-secret");
        secret.addClassName("two-step-secret");
        secret.getStyle().set("font-family", "monospace").set("user-select", "all").set("font-size", "1.1em");
        String plain = setup.secret();
        Button copy = new Button("Copy key");
        copy.setId("two-step-copy-secret");
        copy.addThemeVariants(ButtonVariant.TERTIARY);
        copy.addClickListener(e -> copy.getElement()
                .executeJs("return navigator.clipboard ? navigator.clipboard.writeText($0) : Promise.reject()", plain)
                .then(done -> Toasts.success("Key copied."),
                        failed -> Toasts.error("Could not copy: select the key and copy it yourself.")));
        Paragraph confirm = new Paragraph("2. Enter the 6-digit code the app shows for Journal.");
        Button enable = new Button("Turn on", e -> {
            if (CodeFields.filled(code, "Enter the 6-digit code.")) {
                onEnable.accept(code.getValue());
            }
        });
        enable.setId("two-step-enable");
        enable.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button("Cancel", e -> onCancel.run());
        cancel.setId("two-step-cancel");
        Div keyLine = new Div(secret, copy);
        keyLine.addClassName("two-step-key");
        Div form = new Div(code, new Div(enable, cancel));
        form.addClassName("account-form");
        enable.addClickShortcut(Key.ENTER).listenOn(form).resetFocusOnActiveElement();
        add(scan, qrBox, type, keyLine, confirm, form);
        addAttachListener(e -> code.focus());
    }

    /** The code did not work: says so next to it, cleared for the next one. */
    void refused(String message) {
        code.clear();
        FormParts.markInvalid(code, message);
        code.focus();
    }

    @Override
    public String toString() {
        return "TwoStepEnrolment[redacted]";
    }
}
