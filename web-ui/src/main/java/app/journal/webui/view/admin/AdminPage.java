package app.journal.webui.view.admin;

import app.journal.webui.api.ApiProblemException;
import app.journal.webui.api.JournalApiClient;
import app.journal.webui.api.JournalApiException;
import app.journal.webui.api.SessionEndedException;
import app.journal.webui.view.AdminRole;
import app.journal.webui.view.FormParts;
import app.journal.webui.view.Routes;
import app.journal.webui.view.SessionEnd;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What every administrators' page shares: the way in (a signed-in person who is no administrator sees
 * "This area is for administrators", not an error; an administrator without a second factor is told to turn
 * one on), the links between the pages, and the handling of the API's answers. The API decides on every call
 * itself; the role check here only spares a non-administrator a page of refusals.
 */
abstract class AdminPage extends Section implements BeforeEnterObserver {

    protected final JournalApiClient api;
    protected final Div problem;
    private final String path;

    AdminPage(JournalApiClient api, String id, String title, String path) {
        this.api = Objects.requireNonNull(api, "api");
        this.path = path;
        setId(id);
        addClassName("account-page");
        addClassName("admin-page");
        H2 heading = new H2(title);
        heading.addClassName("section-heading");
        Nav links = new Nav(Routes.link("Accounts", Routes.ADMIN_USERS),
                Routes.link("Audit log", Routes.ADMIN_AUDIT));
        links.addClassName("admin-links");
        links.getElement().setAttribute("aria-label", "Administration");
        problem = FormParts.alert(id + "-problem", "journal-message");
        add(heading, links, problem);
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        boolean admin;
        try {
            admin = AdminRole.isAdmin(api);
        } catch (SessionEndedException ended) {
            SessionEnd.toSignIn(api, event, path(event));
            return;
        } catch (JournalApiException notNow) {
            FormParts.show(problem, "This page could not be loaded. " + notNow.getMessage());
            return;
        }
        if (!admin) {
            notAllowed(false);
            return;
        }
        load(event);
    }

    /** Loads the page for an administrator (the first time from {@link #beforeEnter}). */
    protected abstract void load(@Nullable BeforeEnterEvent entering);

    /**
     * The shared answers to a failed call: an ended sign-in goes to {@code /login}, an administrators-only
     * refusal replaces the page; anything else is shown as {@code notDone} and the API's words.
     */
    protected final void failed(JournalApiException failure, String notDone, @Nullable BeforeEnterEvent entering) {
        if (failure instanceof SessionEndedException) {
            SessionEnd.toSignIn(api, entering, entering == null ? currentPath() : path(entering));
        } else if (failure instanceof ApiProblemException refused && refused.is(ApiProblemException.ADMIN_ONLY)) {
            AdminRole.forget();
            notAllowed(false);
        } else if (failure instanceof ApiProblemException refused
                && refused.is(ApiProblemException.ADMIN_NEEDS_SECOND_FACTOR)) {
            notAllowed(true);
        } else if (failure instanceof ApiProblemException refused && refused.status() == 429) {
            FormParts.show(problem, notDone + " " + app.journal.webui.view.UiMessages.tooManyAttempts(refused.retryAfter()));
        } else {
            FormParts.show(problem, notDone + " " + failure.getMessage());
        }
    }

    /** Replaces the page with why it is not for this person. */
    private void notAllowed(boolean needsSecondFactor) {
        removeAll();
        Div refusal = new Div();
        refusal.setId("admin-only");
        refusal.addClassName("admin-only");
        if (needsSecondFactor) {
            refusal.add(new H2("Turn on a second factor first"),
                    new Paragraph("Administrators need two-step verification or a passkey to use this area. "
                            + "Set one up on your security page, then come back."),
                    new Paragraph(Routes.link("Go to your security settings", Routes.SECURITY)));
        } else {
            refusal.add(new H2("This area is for administrators"),
                    new Paragraph("Your account is not an administrator's, so these pages are not open to you. "
                            + "If something in your account needs changing, ask the person who runs this Journal."),
                    new Paragraph(Routes.link("Back to your journal", "./")));
        }
        add(refusal);
    }

    private String path(BeforeEnterEvent event) {
        return "/" + event.getLocation().getPathWithQueryParameters();
    }

    private String currentPath() {
        return getUI().map(ui -> "/" + ui.getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .orElse(path);
    }
}
