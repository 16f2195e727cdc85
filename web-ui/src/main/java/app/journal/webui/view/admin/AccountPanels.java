package app.journal.webui.view.admin;

import app.journal.webui.api.account.ActivityItem;
import app.journal.webui.api.admin.AdminUser;
import app.journal.webui.api.admin.AdminUserDetail;
import app.journal.webui.api.devices.DeviceSession;
import app.journal.webui.view.BrowserZone;
import app.journal.webui.view.DeviceText;
import app.journal.webui.view.account.ActivityText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator sees of one account: the account ({@code admin-account}), its factors
 * ({@code admin-factors}), its signed-in devices ({@code admin-devices}, each with "Sign out") and its recent
 * security activity ({@code admin-activity}), in the words of the person's own devices and activity pages.
 */
final class AccountPanels extends Div {

    private final Consumer<DeviceSession> onSignOut;

    /** @param onSignOut "Sign out" of one device was pressed */
    AccountPanels(Consumer<DeviceSession> onSignOut) {
        this.onSignOut = onSignOut;
        addClassName("admin-panels");
    }

    void show(@Nullable AdminUserDetail detail, ZoneId zone) {
        removeAll();
        if (detail == null) {
            return;
        }
        AdminUser user = detail.account();
        AdminUserDetail.Factors factors = detail.factors();
        add(facts("admin-account", "Account", List.of(
                new String[] {"Address", user.email()},
                new String[] {"Status", AdminText.status(user)},
                new String[] {"Created", BrowserZone.format(user.createdAt(), zone)},
                new String[] {"Last sign-in", user.lastSignInAt() == null ? "Never" : BrowserZone.format(user.lastSignInAt(), zone)},
                new String[] {"Administrator", AdminText.yesNo(user.admin())})));
        if (user.disabled() && detail.disabled() != null) {
            AdminUserDetail.Disabled why = detail.disabled();
            add(facts("admin-disabled", "Why it is disabled", List.of(
                    new String[] {"Disabled", (why.at() == null ? "" : BrowserZone.format(why.at(), zone))
                            + (why.by() == null ? "" : " by " + why.by())},
                    new String[] {"Reason", why.reason() == null ? "None given" : why.reason()})));
        }
        String passkeys = factors.passkeys().isEmpty() ? "None" : String.join(", ", factors.passkeys().stream()
                .map(p -> p.name() + (p.lastUsedAt() == null ? " (never used)" : " (last used "
                        + BrowserZone.format(p.lastUsedAt(), zone) + ")")).toList());
        add(facts("admin-factors", "Sign-in factors", List.of(
                new String[] {"Two-step verification", factors.twoStep() ? "On" : "Off"},
                new String[] {"Recovery codes left", factors.twoStep() ? String.valueOf(factors.recoveryCodesLeft()) : "None"},
                new String[] {"Passkeys", passkeys})));
        add(devices(detail.devices(), zone), activity(detail.activity(), zone));
    }

    private static Div facts(String id, String title, List<String[]> rows) {
        Div panel = panel(id, title);
        NativeTable table = new NativeTable();
        table.setCaptionText(title);
        table.getCaption().addClassName("visually-hidden");
        table.addClassName("activity-table");
        for (String[] row : rows) {
            NativeTableRow line = table.getBody().addRow();
            line.addHeaderCell().setText(row[0]);
            line.getHeaderCells().forEach(cell -> cell.getElement().setAttribute("scope", "row"));
            line.addDataCell().setText(row[1]);
        }
        panel.add(table);
        return panel;
    }

    private Div devices(List<DeviceSession> sessions, ZoneId zone) {
        Div panel = panel("admin-devices", "Signed-in devices");
        if (sessions.isEmpty()) {
            panel.add(new Paragraph("No device is signed in."));
            return panel;
        }
        NativeTable table = table("Signed-in devices", "Device", "IP address", "Signed in", "Last used", "");
        for (DeviceSession session : sessions) {
            NativeTableRow row = table.getBody().addRow();
            row.addClassName("admin-device");
            row.addDataCell().setText(session.device());
            row.addDataCell().setText(DeviceText.address(session));
            row.addDataCell().setText(BrowserZone.format(session.createdAt(), zone));
            row.addDataCell().setText(BrowserZone.format(session.lastUsedAt(), zone));
            Button signOut = new Button("Sign out", e -> onSignOut.accept(session));
            signOut.addClassName("admin-device-sign-out");
            signOut.addThemeVariants(ButtonVariant.TERTIARY);
            signOut.getElement().setAttribute("aria-label", "Sign out " + session.device());
            row.addDataCell().add(signOut);
        }
        panel.add(scroller(table));
        return panel;
    }

    private static Div activity(List<ActivityItem> items, ZoneId zone) {
        Div panel = panel("admin-activity", "Recent security activity");
        if (items.isEmpty()) {
            panel.add(new Paragraph("Nothing was recorded for this account in the last 90 days."));
            return panel;
        }
        NativeTable table = table("Recent security activity", "When", "What", "Device", "IP address");
        for (ActivityItem item : items) {
            NativeTableRow row = table.getBody().addRow();
            row.addClassName("activity-row");
            row.getElement().setAttribute("data-kind", item.kind());
            row.addDataCell().setText(BrowserZone.format(item.at(), zone));
            row.addDataCell().setText(ActivityText.describe(item));
            row.addDataCell().setText(ActivityText.device(item));
            row.addDataCell().setText(ActivityText.address(item));
        }
        panel.add(scroller(table));
        return panel;
    }

    private static Div panel(String id, String title) {
        Div panel = new Div();
        panel.setId(id);
        panel.addClassName("account-section");
        H3 heading = new H3(title);
        heading.addClassName("account-section-heading");
        panel.add(heading);
        return panel;
    }

    private static NativeTable table(String caption, String... columns) {
        NativeTable table = new NativeTable();
        table.addClassName("activity-table");
        table.setCaptionText(caption);
        table.getCaption().addClassName("visually-hidden");
        NativeTableRow head = table.getHead().addRow();
        for (String column : columns) {
            if (column.isEmpty()) {
                Span hidden = new Span("Actions");
                hidden.addClassName("visually-hidden");
                head.addHeaderCell().add(hidden);
            } else {
                head.addHeaderCell().setText(column);
            }
        }
        head.getHeaderCells().forEach(cell -> cell.getElement().setAttribute("scope", "col"));
        return table;
    }

    private static Div scroller(NativeTable table) {
        Div scroller = new Div(table);
        scroller.addClassName("activity-scroller");
        return scroller;
    }
}
