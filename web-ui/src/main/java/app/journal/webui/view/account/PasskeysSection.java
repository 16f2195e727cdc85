package app.journal.webui.view.account;

import app.journal.webui.api.AccountPasskeys;
import app.journal.webui.api.ApiProblemException;
import app.journal.webui.api.JournalApiException;
import app.journal.webui.api.passkeys.Passkey;
import app.journal.webui.api.passkeys.PasskeyOptions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import app.journal.webui.view.BrowserZone;
import app.journal.webui.view.PasskeyButton;

/**
 * "Passkeys" ({@code passkeys}): the account's passkeys, each a {@code passkey} row with its name, when it was
 * added and last used ("Never used"), and a badge "Synced" or "This device only"; {@code rename-passkey}
 * ({@link RenamePasskeyDialog}) and {@code remove-passkey} (after a confirmation, and "confirm it's you" when the
 * API asks) on each. {@code add-passkey} creates one: the registration needs a confirmed session, so the first
 * press may ask "confirm it's you", after which the person presses it again and the browser asks for the
 * fingerprint, face or PIN in that press (Safari allows the browser's prompt only inside a click).
 *
 * <p>A browser that cannot use passkeys sees the list but no way to add one.
 */
final class PasskeysSection extends AccountSection {

    private final AccountPasskeys passkeys;
    private final Runnable reload;
    private final Div list = new Div();
    private final PasskeyButton add = new PasskeyButton("Add a passkey", "add-passkey",
            PasskeyButton.Ceremony.REGISTER, false);
    private final Paragraph unsupported = new Paragraph();
    private ZoneId zone;

    PasskeysSection(AccountPasskeys passkeys, Runnable reload, Confirmation confirmation, Runnable onSessionEnded) {
        super("passkeys", "Passkeys", "Sign in with your fingerprint, face or device PIN instead of your password. "
                + "A passkey works only on Journal, so a fake site cannot catch it, and it counts as both steps.",
                confirmation, onSessionEnded);
        this.passkeys = passkeys;
        this.reload = reload;
        this.zone = ZoneOffset.UTC;
        list.setId("passkey-list");
        list.addClassName("passkey-list");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.listen(new Adding());
        unsupported.setId("passkeys-unsupported");
        unsupported.addClassName("account-intro");
        unsupported.setVisible(false);
        form.add(list, unsupported, add);
        addAttachListener(e -> PasskeyButton.detect(this, support -> {
            if (support.any()) {
                prepare();
            } else {
                unsupported.setText("This browser cannot make passkeys. You can add one from a browser that can.");
                unsupported.setVisible(true);
            }
        }));
    }

    /** Shows the account's passkeys, oldest first. */
    void show(List<Passkey> keys, ZoneId zone) {
        this.zone = zone;
        list.removeAll();
        if (keys.isEmpty()) {
            Paragraph none = new Paragraph("You have no passkeys yet.");
            none.setId("no-passkeys");
            list.add(none);
            return;
        }
        keys.forEach(key -> list.add(row(key)));
    }

    void notLoaded(String why) {
        say(why);
    }

    private Div row(Passkey key) {
        Span name = new Span(key.name());
        name.addClassName("passkey-name");
        Span badge = new Span(key.synced() ? "Synced" : "This device only");
        badge.addClassName("passkey-badge");
        badge.addClassName(key.synced() ? "passkey-synced" : "passkey-device-only");
        badge.getElement().setAttribute("title", key.synced()
                ? "Backed up by your device's account: it works on your other devices too"
                : "Kept on the device it was made on");
        Span when = new Span("Added " + BrowserZone.format(key.createdAt(), zone) + " · "
                + (key.lastUsedAt() == null ? "Never used" : "Last used " + BrowserZone.format(key.lastUsedAt(), zone)));
        when.addClassName("passkey-when");
        Button rename = new Button("Rename", e -> new RenamePasskeyDialog(key.name(),
                newName -> rename(key, newName)).open());
        rename.addClassName("rename-passkey");
        rename.getElement().setAttribute("aria-label", "Rename " + key.name());
        Button remove = new Button("Remove", e -> askToRemove(key));
        remove.addClassName("remove-passkey");
        remove.addThemeVariants(ButtonVariant.ERROR);
        remove.getElement().setAttribute("aria-label", "Remove " + key.name());
        Div row = new Div(new Div(name, badge), when, new Div(rename, remove));
        row.addClassName("passkey");
        return row;
    }

    /**
     * Fetches registration options when this session is confirmed already, so the first press creates the
     * passkey; otherwise the press asks "confirm it's you" first ({@link Adding#wanted}).
     */
    private void prepare() {
        try {
            add.offer(passkeys.registrationOptions(), Instant.now());
        } catch (JournalApiException notYet) {
            // Not confirmed (ReauthenticationRequired) or not now: the press asks the API again.
            add.armWithoutOptions();
        }
    }

    /** The name the API answered with on success; the field's own error on a bad name. */
    private Optional<String> rename(Passkey key, String newName) {
        AtomicReference<String> refused = new AtomicReference<>();
        attempt("The passkey was not renamed.", () -> passkeys.rename(key.id(), newName),
                problem -> refused.set(problem.messageFor("name").orElse(problem.getMessage())), renamed -> {
                    reload.run();
                    say("Renamed to " + renamed.name() + ".");
                });
        return Optional.ofNullable(refused.get());
    }

    /** A modal dialog (not Vaadin's ConfirmDialog, whose cancel button fails axe's contrast check); focus on "Keep it". */
    private void askToRemove(Passkey key) {
        Dialog confirm = new Dialog();
        confirm.setId("remove-passkey-dialog");
        confirm.setHeaderTitle("Remove " + key.name() + "?");
        confirm.setCloseOnEsc(true);
        confirm.setCloseOnOutsideClick(false);
        confirm.setWidth("min(480px, 96vw)");
        confirm.add(new Paragraph("You will not be able to sign in with this passkey any more. Your password still "
                + "works. The passkey may stay on your device: you can delete it there too."));
        Button keep = new Button("Keep it", e -> confirm.close());
        keep.setId("remove-passkey-cancel");
        Button removeIt = new Button("Remove", e -> {
            confirm.close();
            attempt("The passkey was not removed.", () -> {
                passkeys.remove(key.id());
                return Boolean.TRUE;
            }, problem -> {
                reload.run();
                say(problem.is(ApiProblemException.LAST_SIGN_IN_METHOD)
                        ? "This passkey is your last way to sign in: add another passkey or set a password first."
                        : "The passkey was not removed. " + problem.getMessage());
            }, done -> {
                reload.run();
                say(key.name() + " is removed.");
            });
        });
        removeIt.setId("remove-passkey-confirm");
        removeIt.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        confirm.getFooter().add(keep, removeIt);
        confirm.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                keep.focus();
            }
        });
        confirm.open();
    }

    /** What the page reports of adding a passkey. */
    private final class Adding implements PasskeyButton.Listener {

        @Override
        public void answered(String ceremonyId, String credentialJson) {
            attempt("No passkey was added.", () -> passkeys.register(ceremonyId, credentialJson, null), problem -> {
                say(problem.status() == 409 ? "This passkey is registered already." : "No passkey was added. "
                        + problem.getMessage());
                prepare();
            }, added -> {
                reload.run();
                say("Passkey added: " + added.name() + ". You can rename it.");
                prepare();
            });
        }

        @Override
        public void failed(String reason) {
            say("No passkey was added. " + reason);
        }

        /** No options in the page: confirm it's you when the API asks, then hand them over for the next press. */
        @Override
        public void wanted() {
            attempt("No passkey was added.", passkeys::registrationOptions,
                    problem -> say("No passkey was added. " + problem.getMessage()), (PasskeyOptions options) -> {
                        add.offer(options, Instant.now());
                        say("Ready: press \"Add a passkey\" again, and your browser will ask for your fingerprint, "
                                + "face or PIN.");
                        add.focus();
                    });
        }

        /** New options before they expire; none when the confirmation ran out meanwhile (the next press asks). */
        @Override
        public void expiring() {
            prepare();
        }
    }
}
