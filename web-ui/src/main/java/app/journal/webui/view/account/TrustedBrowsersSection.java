package app.journal.webui.view.account;

import app.journal.webui.api.AccountPasskeys;
import app.journal.webui.api.AccountSecurity;
import app.journal.webui.api.account.SecurityOverview;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import app.journal.webui.view.BrowserZone;

/**
 * "Trusted browsers" ({@code trusted-browsers-section}): the browsers that skip the second sign-in step,
 * each a {@code trusted-browser} with its device, since and until, "This browser", and
 * {@code remove-trusted-browser} (that browser asks for the code again). Shown on the security page and on
 * the devices page, where the person reviews everything that keeps them signed in.
 */
public final class TrustedBrowsersSection extends AccountSection {

    /** Removes one trusted browser at the API. */
    @FunctionalInterface
    interface Remove extends Consumer<UUID> {
    }

    private final Remove remove;
    private final Runnable reload;

    TrustedBrowsersSection(Remove remove, Runnable reload, Confirmation confirmation, Runnable onSessionEnded) {
        super("trusted-browsers-section", "Trusted browsers", "Browsers where you chose \"Trust this browser for "
                + "30 days\" skip the code when you sign in. Changing your password or turning two-step "
                + "verification off removes them all.", confirmation, onSessionEnded);
        this.remove = remove;
        this.reload = reload;
        form.setId("trusted-browsers");
    }

    /** The section for a page outside the account area: it confirms it's you on its own when asked. */
    public static TrustedBrowsersSection of(AccountSecurity security, AccountPasskeys passkeys, Runnable reload,
            Runnable onSessionEnded) {
        return new TrustedBrowsersSection(security::removeTrustedBrowser, reload,
                new Confirmation(security::confirm, Confirmation.WithPasskey.of(passkeys), onSessionEnded),
                onSessionEnded);
    }

    public void show(List<SecurityOverview.TrustedBrowser> browsers, ZoneId zone) {
        form.removeAll();
        if (browsers.isEmpty()) {
            Paragraph none = new Paragraph("No browser skips the code.");
            none.setId("no-trusted-browsers");
            form.add(none);
            return;
        }
        for (SecurityOverview.TrustedBrowser browser : browsers) {
            form.add(row(browser, zone));
        }
    }

    private Div row(SecurityOverview.TrustedBrowser browser, ZoneId zone) {
        String device = browser.device() == null || browser.device().isBlank() ? "Unknown device" : browser.device();
        Span name = new Span(device + (browser.current() ? " (this browser)" : ""));
        name.addClassName("trusted-browser-device");
        Span when = new Span("Trusted since " + BrowserZone.format(browser.createdAt(), zone) + ", until "
                + BrowserZone.format(browser.expiresAt(), zone));
        when.addClassName("trusted-browser-when");
        Button removeIt = new Button("Remove", e -> attempt("The browser was not removed.", () -> {
            remove.accept(browser.id());
            return Boolean.TRUE;
        }, problem -> say("The browser was not removed. " + problem.getMessage()), done -> {
            reload.run();
            say(device + " will ask for the code again.");
        }));
        removeIt.addClassName("remove-trusted-browser");
        removeIt.getElement().setAttribute("aria-label", "Remove " + device);
        Div row = new Div(name, when, removeIt);
        row.addClassName("trusted-browser");
        if (browser.current()) {
            row.addClassName("trusted-browser-current");
        }
        return row;
    }
}
