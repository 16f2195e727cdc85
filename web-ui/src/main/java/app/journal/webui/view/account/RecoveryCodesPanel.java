package app.journal.webui.view.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import app.journal.webui.view.Toasts;

/**
 * A new set of recovery codes, shown this once ({@code recovery-codes}, each a {@code recovery-code}): copy
 * them ({@code recovery-codes-copy}), download them as {@code journal-recovery-codes.txt}
 * ({@code recovery-codes-download}), and "I have saved them" ({@code recovery-codes-saved}) closes the
 * panel. The codes live only in this component: leaving the page forgets them.
 */
public final class RecoveryCodesPanel extends Div {

    static final String FILE_NAME = "journal-recovery-codes.txt";

    RecoveryCodesPanel(List<String> codes, Runnable onSaved) {
        setId("recovery-codes-panel");
        addClassName("recovery-codes-panel");
        H4 heading = new H4("Your recovery codes");
        Paragraph what = new Paragraph("If you lose your phone, each of these codes signs you in once instead of "
                + "the app's code. Keep them somewhere safe, like a password manager. They are shown only now.");
        UnorderedList list = new UnorderedList();
        list.setId("recovery-codes");
        list.addClassName("recovery-codes");
        list.getElement().setAttribute("aria-label", "Recovery codes");
        for (String code : codes) {
            ListItem item = new ListItem(code);
            item.addClassName("recovery-code");
            list.add(item);
        }
        String text = asText(codes);
        Button copy = new Button("Copy");
        copy.setId("recovery-codes-copy");
        copy.addClickListener(e -> copy.getElement()
                .executeJs("return navigator.clipboard ? navigator.clipboard.writeText($0) : Promise.reject()", text)
                .then(done -> Toasts.success("Recovery codes copied."),
                        failed -> Toasts.error("Could not copy: select the codes and copy them yourself.")));
        DownloadHandler file = event -> {
            event.setFileName(FILE_NAME);
            event.setContentType("text/plain;charset=UTF-8");
            event.getResponse().setHeader("Cache-Control", "no-store");
            event.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        };
        Anchor download = new Anchor(file, AttachmentType.DOWNLOAD, "Download as .txt");
        download.setId("recovery-codes-download");
        download.addClassName("account-download");
        Button saved = new Button("I have saved them", e -> onSaved.run());
        saved.setId("recovery-codes-saved");
        saved.addThemeVariants(ButtonVariant.PRIMARY);
        Div actions = new Div(copy, download, saved);
        actions.addClassName("recovery-codes-actions");
        add(heading, what, list, actions);
    }

    /** The file's and the clipboard's content: a line that says what they are, then one code a line. */
    public static String asText(List<String> codes) {
        return "Journal recovery codes. Each code signs you in once.\n\n" + String.join("\n", codes) + "\n";
    }

    @Override
    public String toString() {
        return "RecoveryCodesPanel[redacted]";
    }
}
