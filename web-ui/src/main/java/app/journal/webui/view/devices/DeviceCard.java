package app.journal.webui.view.devices;

import app.journal.webui.api.devices.DeviceSession;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import java.time.ZoneId;
import java.util.function.Consumer;
import app.journal.webui.view.BrowserZone;
import app.journal.webui.view.DeviceText;

/**
 * One signed-in device ({@code device-row}, a list item): its name in words, "This device"
 * ({@code this-device}) for the session this browser uses, address and times, and "Sign out"
 * ({@code device-sign-out}; on this device {@code this-device-sign-out}).
 */
final class DeviceCard extends Composite<ListItem> {

    DeviceCard(DeviceSession session, ZoneId zone, Consumer<DeviceSession> onSignOut) {
        ListItem row = getContent();
        row.addClassName("device-row");
        row.getElement().setAttribute("data-session-id", session.id().toString());
        H3 name = new H3(session.device());
        name.addClassName("device-name");
        Div top = new Div(name);
        top.addClassName("device-top");
        if (session.current()) {
            row.addClassName("device-row-current");
            Badge badge = new Badge("This device");
            badge.setId("this-device");
            badge.addClassName("this-device");
            badge.addThemeVariants(BadgeVariant.SUCCESS);
            top.add(badge);
        }
        DescriptionList facts = new DescriptionList();
        facts.addClassName("device-facts");
        fact(facts, "IP address", DeviceText.address(session));
        fact(facts, "Signed in", BrowserZone.format(session.createdAt(), zone));
        fact(facts, "Last active", BrowserZone.format(session.lastUsedAt(), zone));
        fact(facts, "Expires", BrowserZone.format(session.expiresAt(), zone));
        Button signOut = new Button("Sign out", e -> onSignOut.accept(session));
        signOut.addClassName(session.current() ? "this-device-sign-out" : "device-sign-out");
        signOut.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        signOut.setAriaLabel(DeviceText.signOutLabel(session));
        Div actions = new Div(signOut);
        actions.addClassName("device-actions");
        row.add(top, facts, actions);
    }

    private static void fact(DescriptionList list, String term, String value) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }
}
