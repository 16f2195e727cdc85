package app.journal.webui.view.admin;

import app.journal.webui.api.ApiProblemException;
import app.journal.webui.api.JournalApiClient;
import app.journal.webui.api.JournalApiException;
import app.journal.webui.api.ReauthenticationRequired;
import app.journal.webui.api.admin.AdminUser;
import app.journal.webui.api.admin.AdminUserDetail;
import app.journal.webui.view.BrowserZone;
import app.journal.webui.view.FormParts;
import app.journal.webui.view.MainLayout;
import app.journal.webui.view.Routes;
import app.journal.webui.view.SessionEnd;
import app.journal.webui.view.Toasts;
import app.journal.webui.view.account.Confirmation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One account for an administrator ({@code /admin/users/{id}}, {@code admin-user-page}): the account and its
 * factors, its signed-in devices (in the devices page's words), its recent security activity (in the activity
 * page's words), and the actions on it. Each action that changes something goes through "confirm it's you" when
 * the API asks for it, and its outcome is said on the page ({@code admin-outcome}) and in a toast.
 */
@Route(value = AdminUserView.ROUTE, layout = MainLayout.class)
@PageTitle("Account · Administration · Journal")
public class AdminUserView extends AdminPage {

    static final String ROUTE = Routes.ADMIN_USERS + "/:id";

    private final Confirmation confirmation;
    private final Div outcome = FormParts.alert("admin-outcome", "auth-notice");
    private final AccountPanels panels = new AccountPanels(this::confirmSignOut);
    private final Div actions = new Div();
    private final H3 actionsHeading = new H3("Actions");
    private @Nullable UUID id;
    private @Nullable AdminUserDetail shown;
    private ZoneId zone = ZoneOffset.UTC;

    public AdminUserView(JournalApiClient api) {
        super(api, "admin-user-page", "Account", "/" + Routes.ADMIN_USERS);
        this.confirmation = new Confirmation(api.security()::confirm, Confirmation.WithPasskey.of(api.passkeys()),
                () -> SessionEnd.toSignIn(api, null, "/" + Routes.ADMIN_USERS + (id == null ? "" : "/" + id)));
        outcome.getElement().setAttribute("role", "status");
        actions.setId("admin-actions");
        actions.addClassName("account-actions");
        actions.addClassName("admin-actions");
        actionsHeading.addClassName("account-section-heading");
        add(outcome, panels, actionsHeading, actions);
        addAttachListener(e -> BrowserZone.whenKnown(this, browserZone -> {
            zone = browserZone;
            render();
        }));
    }

    @Override
    protected void load(@Nullable BeforeEnterEvent entering) {
        if (entering != null) {
            Optional<String> raw = entering.getRouteParameters().get("id");
            try {
                id = raw.map(UUID::fromString).orElse(null);
            } catch (IllegalArgumentException notAnId) {
                id = null;
            }
        }
        if (id == null) {
            shown = null;
            FormParts.show(problem, "There is no such account.");
            render();
            return;
        }
        try {
            shown = api.admin().user(id);
            FormParts.hide(problem);
        } catch (ApiProblemException refused) {
            shown = null;
            if (refused.isNotFound()) {
                FormParts.show(problem, "There is no such account. It may have been deleted.");
            } else {
                failed(refused, "The account could not be loaded.", entering);
            }
        } catch (JournalApiException failure) {
            shown = null;
            failed(failure, "The account could not be loaded.", entering);
        }
        render();
    }

    private void render() {
        actions.removeAll();
        AdminUserDetail detail = shown;
        panels.show(detail, zone);
        actionsHeading.setVisible(detail != null);
        if (detail == null) {
            return;
        }
        AdminUser user = detail.account();
        UUID target = user.id();
        if (!detail.devices().isEmpty()) {
            actions.add(button("admin-sign-out-all", "Sign out all devices", () -> new ConfirmActionDialog(
                    "Sign out every device of " + user.email() + "?",
                    "Each device is signed out at its next action and has to sign in again.", "Sign out all",
                    () -> act("Every device of " + user.email() + " was signed out.", "The devices were not signed out.",
                            () -> api.admin().signOut(target, null))).open()));
        }
        if (user.disabled()) {
            actions.add(button("admin-enable", "Enable account", () -> act(user.email() + " can sign in again.",
                    "The account was not enabled.", () -> api.admin().enable(target))));
        } else {
            actions.add(button("admin-disable", "Disable account", () -> new DisableDialog(user.email(),
                    reason -> act(user.email() + " was disabled and signed out everywhere.",
                            "The account was not disabled.", () -> api.admin().disable(target, reason))).open()));
        }
        actions.add(button("admin-password-reset", "Send password-reset mail", () -> act(
                "A password-reset mail is on its way to " + user.email() + ".", "No mail was sent.",
                () -> api.admin().sendPasswordResetMail(target))));
        if (!user.verified()) {
            actions.add(button("admin-verification", "Send verification mail again", () -> act(
                    "A verification mail is on its way to " + user.email() + ".", "No mail was sent.",
                    () -> api.admin().sendVerificationMail(target))));
        }
        if (detail.factors().twoStep() || !detail.factors().passkeys().isEmpty()) {
            actions.add(button("admin-reset-second-factor", "Reset second factor", () -> new ConfirmActionDialog(
                    "Reset the second factor of " + user.email() + "?",
                    "Two-step verification is turned off, the recovery codes stop working and every passkey is "
                            + "removed. The person gets a mail and has to set them up again.", "Reset second factor",
                    () -> act("The second factor of " + user.email() + " was reset.",
                            "The second factor was not reset.", () -> api.admin().resetSecondFactor(target))).open()));
        }
        if (user.admin()) {
            actions.add(button("admin-revoke", "Remove administrator role", () -> act(
                    user.email() + " is no administrator any more.", "The role was not removed.",
                    () -> api.admin().revokeAdmin(target))));
        } else {
            actions.add(button("admin-grant", "Make administrator", () -> new ConfirmActionDialog(
                    "Make " + user.email() + " an administrator?",
                    "They can then see every account and act on it, as you can.", "Make administrator",
                    () -> act(user.email() + " is an administrator now.", "The role was not given.",
                            () -> api.admin().grantAdmin(target))).open()));
        }
        actions.add(button("admin-delete", "Delete account", () -> new DeleteUserDialog(user.email(),
                typed -> act(user.email() + " was deleted.", "The account was not deleted.", () -> {
                    api.admin().delete(target, typed);
                    Toasts.success(user.email() + " was deleted.");
                    UI.getCurrent().navigate(Routes.ADMIN_USERS);
                })).open()));
    }

    private void confirmSignOut(app.journal.webui.api.devices.DeviceSession session) {
        AdminUserDetail detail = shown;
        if (detail == null) {
            return;
        }
        UUID target = detail.account().id();
        new ConfirmActionDialog("Sign out " + session.device() + "?",
                session.device() + " (" + app.journal.webui.view.DeviceText.address(session) + ") is signed out at "
                        + "its next action and has to sign in again.", "Sign out",
                () -> act(app.journal.webui.view.DeviceText.signedOut(session), session.device() + " was not signed out.",
                        () -> api.admin().signOut(target, session.id()))).open();
    }

    /** Runs an action through "confirm it's you", then says how it went and shows the account again. */
    private void act(String done, String notDone, Runnable call) {
        confirmation.run(() -> {
            FormParts.hide(outcome);
            FormParts.hide(problem);
            try {
                call.run();
            } catch (ReauthenticationRequired needed) {
                throw needed;
            } catch (ApiProblemException refused) {
                if (refused.is(ApiProblemException.LAST_ADMIN)) {
                    FormParts.show(problem, notDone + " This is the last administrator: give the role to someone "
                            + "else first.");
                } else {
                    failed(refused, notDone, null);
                }
                return;
            } catch (JournalApiException failure) {
                failed(failure, notDone, null);
                return;
            }
            if (isAttached()) {
                FormParts.show(outcome, done);
                Toasts.success(done);
                load(null);
            }
        });
    }

    private static Button button(String id, String text, Runnable onClick) {
        Button button = new Button(text, e -> onClick.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.TERTIARY);
        return button;
    }
}
