package app.journal.webui.view.journal;

import app.journal.webui.WebUiProperties;
import app.journal.webui.api.ApiProblemException;
import app.journal.webui.api.DemoStart;
import app.journal.webui.api.journal.Entry;
import app.journal.webui.api.journal.EntryDraft;
import app.journal.webui.api.journal.JournalFilter;
import app.journal.webui.api.JournalApiClient;
import app.journal.webui.api.JournalApiException;
import app.journal.webui.api.SessionCredentials;
import app.journal.webui.api.SessionEndedException;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import app.journal.webui.view.AccessControl;
import app.journal.webui.view.BrowserZone;
import app.journal.webui.view.DemoPage;
import app.journal.webui.view.MainLayout;
import app.journal.webui.view.SessionEnd;
import app.journal.webui.view.SignInRedirect;
import app.journal.webui.view.Toasts;
import app.journal.webui.view.HoldsUnsavedWork;
import app.journal.webui.view.ParkedDrafts;
import app.journal.webui.view.Routes;

/**
 * The journal: write an entry, read the list newest first, edit and delete.
 *
 * <p>Demo mode (accounts off): on the first visit of a browser session without credentials it starts a
 * demo session (the legacy demo auto-login). Accounts on: only for a signed-in person
 * ({@link AccessControl}). When the session ends (or the person signs out, here or in another tab),
 * whatever they typed and did not save is parked in the session and comes back after they sign in again.
 */
@Route(value = Routes.JOURNAL, layout = MainLayout.class)
@PageTitle("Journal")
@DemoPage
public class JournalView extends Div implements BeforeEnterObserver, HoldsUnsavedWork {

    private static final String DEMO_SESSION_ENDED = "Your session has ended. Please reload the page.";

    private final JournalApiClient api;
    private final boolean accounts;
    private final NewEntryForm newEntry = new NewEntryForm(this::saveNewEntry, this::preview);
    private final EntryList entries;
    private final JournalBrowser browser;

    private boolean started;
    /** The account this view shows (accounts on), to park drafts for it and notice a change of account. */
    private @Nullable String signedInAs;
    private @Nullable EditEntryDialog openDialog;
    private final Deque<ParkedDrafts.Draft> parkedEdits = new ArrayDeque<>();
    /** Set while a navigation to this view runs: leaving then has to go through the event. */
    private @Nullable BeforeEnterEvent entering;

    public JournalView(JournalApiClient api, WebUiProperties properties) {
        this.api = api;
        this.accounts = properties.userMgmtEnabled();
        this.entries = new EntryList((cursor, size) -> api.listEntries(cursor, size, filter()), this::edit,
                entry -> ConfirmDelete.open(entry, this::delete), this::failed);
        this.browser = new JournalBrowser(api, entries, this::edit, entry -> ConfirmDelete.open(entry, this::delete),
                this::failed);
        addClassName("journal-body");
    }

    private JournalFilter filter() {
        return browser.filter();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (accounts) {
            Optional<String> account = api.account().map(SessionCredentials.Account::email);
            if (account.isEmpty()) {
                // AccessControl let only a signed-in person in; signed out meanwhile (in another tab).
                event.forwardTo(Routes.LOGIN, SignInRedirect.backTo(event.getLocation()));
                return;
            }
            if (started && !account.get().equals(signedInAs)) {
                // Another account signed in (in another tab) since this view started: start over for it.
                parkUnsaved();
                started = false;
            }
        }
        if (started) {
            browser.show(event.getLocation().getQueryParameters()); // a bookmark, Back or Forward
        } else {
            browser.expect(event.getLocation().getQueryParameters());
            entering = event;
            try {
                start();
            } finally {
                entering = null;
            }
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        BrowserZone.whenKnown(this, browser::useZone);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        super.onDetach(detachEvent);
        openDialog = null;
    }

    private void start() {
        try {
            if (accounts) {
                signedInAs = api.account().map(SessionCredentials.Account::email).orElse(null);
                if (signedInAs == null) {
                    throw new IllegalStateException("start() runs only for a signed-in person");
                }
            } else if (!api.hasSession()) {
                switch (api.startDemoSession()) {
                    case DemoStart.Started _ -> { }
                    case DemoStart.Disabled _ -> {
                        showMessage("demo-disabled", "Demo mode is switched off", "This Journal server does not "
                                + "offer the shared demo journal, so there is nothing to show here yet. If you run "
                                + "this server, switch demo mode on to try Journal.", null);
                        return;
                    }
                }
            }
            removeAll();
            add(newEntry, browser);
            if (accounts) {
                JournalBrowser.defaultLanguage(api, com.vaadin.flow.server.VaadinRequest.getCurrent() == null ? null
                        : com.vaadin.flow.server.VaadinRequest.getCurrent().getLocale());
            }
            browser.refresh();
            started = true;
            // Outside a navigation (the "Try again" button) the frame learns of a new demo session here.
            MainLayout frame = findAncestor(MainLayout.class);
            if (frame != null) {
                frame.showWhoIsSignedIn();
            }
            if (accounts && isStillHere()) {
                restoreParkedDrafts();
            }
        } catch (SessionEndedException ended) {
            if (accounts) {
                leaveBecauseSessionEnded();
            } else {
                showUnavailable(DEMO_SESSION_ENDED);
            }
        } catch (JournalApiException failure) {
            showUnavailable(failure.getMessage());
        }
    }

    private void saveNewEntry(EntryDraft draft) {
        try {
            api.createEntry(draft);
            newEntry.takeDraft();
            Toasts.success("Entry saved.");
            entries.reload();
            newEntry.fields.title.focus();
        } catch (ApiProblemException problem) {
            List<String> unplaced = newEntry.fields.showFieldErrors(problem);
            Toasts.error(unplaced.isEmpty() && !problem.fieldErrors().isEmpty()
                    ? "Please check the highlighted fields."
                    : "Your entry was not saved. " + problem.getMessage());
        } catch (JournalApiException failure) {
            failed("Your entry was not saved. ", failure);
        }
    }

    /** Something could not be done: an ended session leaves the page, anything else is said. */
    private void failed(String whatFailed, JournalApiException failure) {
        if (failure instanceof SessionEndedException) {
            sessionEnded(whatFailed);
        } else {
            Toasts.error(whatFailed + failure.getMessage());
        }
    }

    private String preview(String body) {
        return api.previewEntry(body);
    }

    private void edit(Entry entry) {
        openEditor(entry, null);
    }

    private void openEditor(Entry entry, @Nullable EntryDraft unsaved) {
        EditEntryDialog dialog = new EditEntryDialog(api, entry, entries::replace, entries::forget,
                this::editSessionEnded);
        if (unsaved != null) {
            dialog.restore(unsaved);
        }
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened() && openDialog == dialog) {
                openDialog = null;
                if (isStillHere()) {
                    restoreNextParkedEdit();
                }
            }
        });
        openDialog = dialog;
        dialog.open();
    }

    private void delete(Entry entry) {
        try {
            api.deleteEntry(entry.id());
            Toasts.success("Entry deleted.");
        } catch (ApiProblemException problem) {
            if (!problem.isNotFound()) {
                Toasts.error("The entry was not deleted. " + problem.getMessage());
                return;
            }
            // Already gone (deleted in another window): the list just catches up.
        } catch (JournalApiException failure) {
            failed("The entry was not deleted. ", failure);
            return;
        }
        entries.forget(entry.id());
    }

    // --- sessions that end, and what was typed meanwhile ---------------------------------------------

    private void editSessionEnded(UUID entryId, EntryDraft typed) {
        if (signedInAs != null) {
            ParkedDrafts.park(signedInAs, entryId, typed);
        }
        sessionEnded("Your changes were not saved. ");
    }

    /**
     * The API says the session is over. With accounts: keep what was typed, go to the sign-in page,
     * which says so. In demo mode there is no sign-in: say it, as before.
     */
    private void sessionEnded(String whatFailed) {
        if (!accounts) {
            Toasts.error(whatFailed + DEMO_SESSION_ENDED);
            return;
        }
        leaveBecauseSessionEnded();
    }

    private void leaveBecauseSessionEnded() {
        parkUnsaved();
        SessionEnd.toSignIn(api, entering, "/");
    }

    /** Parks the new entry's text and any open edit, so that signing in again brings them back. */
    @Override
    public void parkUnsaved() {
        if (signedInAs == null) {
            return;
        }
        ParkedDrafts.park(signedInAs, null, newEntry.takeDraft());
        EditEntryDialog dialog = openDialog;
        if (dialog != null) {
            openDialog = null;
            dialog.unsavedChanges().ifPresent(text -> ParkedDrafts.park(signedInAs, dialog.entryId(), text));
            dialog.close();
        }
        // Edits waiting to be reopened were parked text already: park them again, not lose them.
        while (!parkedEdits.isEmpty()) {
            ParkedDrafts.Draft waiting = parkedEdits.poll();
            ParkedDrafts.park(signedInAs, waiting.entryId(), waiting.text());
        }
    }

    /** Gives back what this account typed and did not save before its session ended or it signed out. */
    private void restoreParkedDrafts() {
        List<ParkedDrafts.Draft> drafts = signedInAs == null ? List.of() : ParkedDrafts.takeFor(signedInAs);
        List<EntryDraft> newTexts = new ArrayList<>();
        for (ParkedDrafts.Draft draft : drafts) {
            if (draft.entryId() == null) {
                newTexts.add(draft.text());
            } else {
                parkedEdits.add(draft);
            }
        }
        if (!newTexts.isEmpty()) {
            newEntry.putBack(newTexts);
            Toasts.notice("draft-restored", "Your entry was not saved before you were signed out. "
                    + "It is back in the editor: save it when you are ready.");
        }
        restoreNextParkedEdit();
    }

    private void restoreNextParkedEdit() {
        ParkedDrafts.Draft draft = parkedEdits.poll();
        if (draft == null || draft.entryId() == null) {
            return;
        }
        try {
            Entry entry = api.getEntry(draft.entryId());
            openEditor(entry, draft.text());
            Toasts.notice("edit-restored", "Your changes to “" + entry.title() + "” were not saved before you "
                    + "were signed out. They are back in the editor: save them when you are ready.");
        } catch (ApiProblemException problem) {
            if (!problem.isNotFound()) {
                parkedEdits.addFirst(draft);
                Toasts.error("Your unsaved changes could not be reopened. " + problem.getMessage());
                return;
            }
            newEntry.putBack(List.of(draft.text()));
            Toasts.notice("draft-restored", "The entry you were editing no longer exists. Your unsaved text "
                    + "is in the editor, so you can save it as a new entry.");
            restoreNextParkedEdit();
        } catch (SessionEndedException ended) {
            parkedEdits.addFirst(draft);
            leaveBecauseSessionEnded();
        } catch (JournalApiException failure) {
            parkedEdits.addFirst(draft);
            Toasts.error("Your unsaved changes could not be reopened. " + failure.getMessage());
        }
    }

    private boolean isStillHere() {
        return accounts ? api.account().isPresent() : api.hasSession();
    }

    private void showUnavailable(String reason) {
        Button retry = new Button("Try again", e -> start());
        retry.setId("retry");
        retry.addThemeVariants(ButtonVariant.PRIMARY);
        showMessage("journal-unavailable", "Your journal could not be opened", reason, retry);
    }

    private void showMessage(String id, String heading, String text, @Nullable Button action) {
        removeAll();
        Div message = new Div(new H2(heading), new Paragraph(text));
        if (action != null) {
            message.add(action);
        }
        message.addClassName("journal-message");
        message.setId(id);
        add(message);
    }
}
