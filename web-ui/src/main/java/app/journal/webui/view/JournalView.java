package app.journal.webui.view;

import app.journal.webui.WebUiProperties;
import app.journal.webui.api.ApiProblemException;
import app.journal.webui.api.DemoStart;
import app.journal.webui.api.Entry;
import app.journal.webui.api.EntryDraft;
import app.journal.webui.api.EntryPage;
import app.journal.webui.api.JournalApiClient;
import app.journal.webui.api.JournalApiException;
import app.journal.webui.api.SessionCredentials;
import app.journal.webui.api.SessionEndedException;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.internal.AllowInert;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The journal: write an entry, read the list newest first, edit and delete.
 *
 * <p>Demo mode (accounts off): on the first visit of a browser session without credentials it starts a
 * demo session (the legacy demo auto-login). Accounts on: only for a signed-in person; anyone else goes
 * to {@code /login?next=/}. When the session ends (or the person signs out, here or in another tab),
 * whatever they typed and did not save is parked in the session and comes back after they sign in again.
 */
@Route("")
@PageTitle("Journal")
public class JournalView extends Main implements BeforeEnterObserver {

    static final int PAGE_SIZE = 20;
    private static final String DEMO_SESSION_ENDED = "Your session has ended. Please reload the page.";

    private final JournalApiClient api;
    private final boolean accounts;

    private final Badge demoBadge = new Badge("Demo mode");
    private final Paragraph demoNote = new Paragraph(
            "You are trying Journal with a shared demo account: other visitors of the demo can read these entries.");
    private final MenuBar userMenu = new MenuBar();
    private final Span userMenuLabel = new Span();
    private final Div body = new Div();

    private final EntryFields newEntry = new EntryFields("entry-title", "entry-body");
    private final Button saveEntry = new Button("Save entry");
    private final Span entryCount = new Span();
    private final Div entryList = new Div();
    private final Paragraph emptyState = new Paragraph("Nothing here yet. Your first entry is one sentence away.");
    private final Button loadMore = new Button("Load more");
    private final Map<UUID, EntryCard> cards = new LinkedHashMap<>();
    private final Section newEntrySection;
    private final Section entriesSection;

    private ZoneId zone = ZoneOffset.UTC;
    private int pagesLoaded;
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
        addClassName("journal-page");
        add(header(), body);
        body.addClassName("journal-body");
        newEntrySection = newEntryForm();
        entriesSection = entriesSection();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (accounts) {
            if (!(SignInGuard.check(api) instanceof SignInGuard.SignedIn(SessionCredentials.Account account))) {
                // The sign-in page says why (a refused cookie, an API that cannot answer right now).
                event.forwardTo(LoginView.class, SignInRedirect.backTo(event.getLocation()));
                return;
            }
            if (started && !account.email().equals(signedInAs)) {
                // Another account signed in (in another tab) since this view started: start over for it.
                parkUnsaved();
                started = false;
            }
        }
        if (!started) {
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
        if (accounts) {
            AuthBroadcast.listen(this);
        }
        attachEvent.getUI().getPage().retrieveExtendedClientDetails(details -> {
            ZoneId browserZone = zoneOrUtc(details.getTimeZoneId());
            if (!browserZone.equals(zone)) {
                zone = browserZone;
                cards.values().forEach(card -> card.useZone(zone));
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        super.onDetach(detachEvent);
        openDialog = null;
    }

    /**
     * Another tab signed in or out. The message is only a hint: what counts is the browser session's
     * credentials on the server, which every tab shares.
     */
    @ClientCallable
    @AllowInert // also while a dialog is open: signing out elsewhere must reach this tab
    void authChanged(String message) {
        if (!accounts || !started) {
            return;
        }
        Optional<SessionCredentials.Account> account = api.account();
        if (account.isEmpty()) {
            parkUnsaved();
            UI.getCurrent().navigate(LoginView.class, QueryParameters.of(SignInRedirect.NEXT, "/"));
        } else if (!account.get().email().equals(signedInAs)) {
            // Someone signed in with another account in another tab: show that account's journal.
            parkUnsaved();
            UI.getCurrent().getPage().reload();
        }
    }

    private Header header() {
        H1 title = new H1("Journal");
        demoBadge.setId("demo-badge");
        demoBadge.addThemeVariants(BadgeVariant.CONTRAST);
        demoBadge.setVisible(false);
        Div brand = new Div(title, demoBadge);
        brand.addClassName("journal-brand");
        Paragraph tagline = new Paragraph("Write things down. Find them again.");
        tagline.addClassName("journal-tagline");
        demoNote.addClassName("journal-demo-note");
        demoNote.setVisible(false);
        Div top = new Div(brand, userMenu());
        top.addClassName("journal-top");
        Header header = new Header(top, tagline, demoNote);
        header.addClassName("journal-header");
        return header;
    }

    private MenuBar userMenu() {
        userMenu.setId("user-menu");
        userMenu.addClassName("user-menu");
        userMenu.addThemeVariants(MenuBarVariant.TERTIARY, MenuBarVariant.ALIGN_END);
        userMenu.getElement().setAttribute("aria-label", "Account");
        userMenuLabel.addClassName("user-menu-email");
        Span icon = new Span(VaadinIcon.USER.create());
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.addClassName("user-menu-icon");
        MenuItem account = userMenu.addItem(new Span(icon, userMenuLabel));
        account.addClassName("user-menu-account");
        MenuItem signOut = account.getSubMenu().addItem("Sign out", e -> signOut());
        signOut.setId("sign-out");
        userMenu.setVisible(false);
        return userMenu;
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
                        showDemoDisabled();
                        return;
                    }
                }
            }
            showJournal();
            started = true;
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

    private void showJournal() {
        boolean demo = api.session().map(s -> switch (s) {
            case SessionCredentials.Demo _ -> true;
            case SessionCredentials.Account _ -> false;
        }).orElse(false);
        demoBadge.setVisible(demo);
        demoNote.setVisible(demo);
        userMenuLabel.setText(signedInAs == null ? "" : signedInAs);
        userMenu.setVisible(accounts && signedInAs != null);
        body.removeAll();
        body.add(newEntrySection, entriesSection);
        reload();
    }

    private Section newEntryForm() {
        H2 heading = new H2("New entry");
        heading.addClassName("section-heading");
        saveEntry.setId("save-entry");
        saveEntry.addThemeVariants(ButtonVariant.PRIMARY);
        saveEntry.addClickListener(e -> saveNewEntry());
        saveEntry.setDisableOnClick(true);
        Span hint = new Span("Ctrl + Enter saves");
        hint.addClassName("shortcut-hint");
        Div actions = new Div(hint, saveEntry);
        actions.addClassName("form-actions");
        Section form = new Section(heading, newEntry.title, newEntry.body, actions);
        form.addClassName("new-entry");
        form.setId("new-entry");
        saveEntry.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(form).resetFocusOnActiveElement();
        saveEntry.addClickShortcut(Key.ENTER, KeyModifier.META).listenOn(form).resetFocusOnActiveElement();
        return form;
    }

    private Section entriesSection() {
        H2 heading = new H2("Your entries");
        heading.addClassName("section-heading");
        entryCount.setId("entry-count");
        entryCount.addClassName("entry-count");
        Div top = new Div(heading, entryCount);
        top.addClassName("entries-heading");
        entryList.setId("entry-list");
        entryList.addClassName("entry-list");
        emptyState.addClassName("empty-state");
        emptyState.setId("empty-state");
        loadMore.setId("load-more");
        loadMore.addThemeVariants(ButtonVariant.TERTIARY);
        loadMore.addClassName("load-more");
        loadMore.addClickListener(e -> loadNextPage());
        Section section = new Section(top, emptyState, entryList, loadMore);
        section.addClassName("entries");
        return section;
    }

    private void saveNewEntry() {
        try {
            api.createEntry(newEntry.draft());
            newEntry.clear();
            Toasts.success("Entry saved.");
            reload();
            newEntry.title.focus();
        } catch (ApiProblemException problem) {
            List<String> unplaced = newEntry.showFieldErrors(problem);
            Toasts.error(unplaced.isEmpty() && !problem.fieldErrors().isEmpty()
                    ? "Please check the highlighted fields."
                    : "Your entry was not saved. " + problem.getMessage());
        } catch (SessionEndedException ended) {
            sessionEnded("Your entry was not saved. ");
        } catch (JournalApiException failure) {
            Toasts.error("Your entry was not saved. " + failure.getMessage());
        } finally {
            saveEntry.setEnabled(true);
        }
    }

    /** Loads the first page again, and as many pages after it as were shown before. */
    private void reload() {
        int pages = Math.max(1, pagesLoaded);
        entryList.removeAll();
        cards.clear();
        pagesLoaded = 0;
        try {
            EntryPage page;
            do {
                page = api.listEntries(pagesLoaded, PAGE_SIZE);
                show(page);
            } while (pagesLoaded < pages && page.hasNext());
        } catch (SessionEndedException ended) {
            sessionEnded("Your entries could not be loaded. ");
        } catch (JournalApiException failure) {
            Toasts.error("Your entries could not be loaded. " + failure.getMessage());
        }
    }

    private void loadNextPage() {
        try {
            show(api.listEntries(pagesLoaded, PAGE_SIZE));
        } catch (SessionEndedException ended) {
            sessionEnded("More entries could not be loaded. ");
        } catch (JournalApiException failure) {
            Toasts.error("More entries could not be loaded. " + failure.getMessage());
        }
    }

    private void show(EntryPage page) {
        for (Entry entry : page.items()) {
            // Entries written meanwhile shift the pages; an entry already shown is not shown twice.
            if (!cards.containsKey(entry.id())) {
                EntryCard card = new EntryCard(entry, zone, this::edit, this::confirmDelete);
                cards.put(entry.id(), card);
                entryList.add(card);
            }
        }
        pagesLoaded = page.page() + 1;
        loadMore.setVisible(page.hasNext());
        entryCount.setText(page.totalItems() == 1 ? "1 entry" : page.totalItems() + " entries");
        emptyState.setVisible(page.totalItems() == 0);
    }

    private void edit(Entry entry) {
        openEditor(entry, null);
    }

    private void openEditor(Entry entry, @Nullable EntryDraft unsaved) {
        EditEntryDialog dialog = new EditEntryDialog(api, entry, this::replace, this::forget, this::editSessionEnded);
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

    private void replace(Entry changed) {
        EntryCard card = cards.get(changed.id());
        if (card != null) {
            card.show(changed);
        }
    }

    private void forget(UUID id) {
        EntryCard card = cards.remove(id);
        if (card != null) {
            entryList.remove(card);
        }
        reload();
    }

    private void confirmDelete(Entry entry) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-delete");
        confirm.setHeader("Delete this entry?");
        confirm.setText("“" + entry.title() + "” will be deleted for good. This cannot be undone.");
        confirm.setCancelable(true);
        confirm.setCancelText("Keep it");
        confirm.setConfirmText("Delete");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> delete(entry));
        confirm.open();
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
        } catch (SessionEndedException ended) {
            sessionEnded("The entry was not deleted. ");
            return;
        } catch (JournalApiException failure) {
            Toasts.error("The entry was not deleted. " + failure.getMessage());
            return;
        }
        forget(entry.id());
    }

    // --- signing out, and sessions that end -----------------------------------------------------------

    private void signOut() {
        parkUnsaved();
        api.logOut();
        UI ui = UI.getCurrent();
        AuthBroadcast.announce(ui, AuthBroadcast.SIGNED_OUT);
        ui.navigate(LoginView.class);
    }

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
        api.noteSessionEnded();
        QueryParameters back = QueryParameters.of(SignInRedirect.NEXT, "/");
        if (entering != null) {
            entering.forwardTo(LoginView.class, back);
        } else {
            UI.getCurrent().navigate(LoginView.class, back);
        }
    }

    /** Parks the new entry's text and any open edit, so that signing in again brings them back. */
    private void parkUnsaved() {
        if (signedInAs == null) {
            return;
        }
        ParkedDrafts.park(signedInAs, null, newEntry.draft());
        newEntry.clear();
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
        if (signedInAs == null) {
            return;
        }
        List<ParkedDrafts.Draft> drafts = ParkedDrafts.takeFor(signedInAs);
        if (drafts.isEmpty()) {
            return;
        }
        List<EntryDraft> newTexts = new ArrayList<>();
        for (ParkedDrafts.Draft draft : drafts) {
            if (draft.entryId() == null) {
                newTexts.add(draft.text());
            } else {
                parkedEdits.add(draft);
            }
        }
        if (!newTexts.isEmpty()) {
            putIntoEditor(newTexts);
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
            putIntoEditor(List.of(draft.text()));
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

    /** Fills the new-entry editor, joining several texts rather than dropping any. */
    private void putIntoEditor(List<EntryDraft> texts) {
        List<EntryDraft> all = new ArrayList<>();
        EntryDraft current = newEntry.draft();
        if (!current.title().isBlank() || !current.body().isBlank()) {
            all.add(current);
        }
        all.addAll(texts);
        String title = all.stream().map(EntryDraft::title).filter(t -> !t.isBlank()).distinct()
                .reduce((a, b) -> a + " / " + b).orElse("");
        String text = all.stream().map(EntryDraft::body).filter(b -> !b.isBlank())
                .reduce((a, b) -> a + "\n\n" + b).orElse("");
        newEntry.fill(title, text);
    }

    private boolean isStillHere() {
        return accounts ? api.account().isPresent() : api.hasSession();
    }

    private void showDemoDisabled() {
        body.removeAll();
        Div message = new Div(
                new H2("Demo mode is switched off"),
                new Paragraph("This Journal server does not offer the shared demo journal, so there is nothing to "
                        + "show here yet. If you run this server, switch demo mode on to try Journal."));
        message.addClassName("journal-message");
        message.setId("demo-disabled");
        body.add(message);
    }

    private void showUnavailable(String reason) {
        body.removeAll();
        Button retry = new Button("Try again", e -> start());
        retry.setId("retry");
        retry.addThemeVariants(ButtonVariant.PRIMARY);
        Div message = new Div(
                new H2("Your journal could not be opened"),
                new Paragraph(reason),
                retry);
        message.addClassName("journal-message");
        message.setId("journal-unavailable");
        body.add(message);
    }

    private static ZoneId zoneOrUtc(String zoneId) {
        if (zoneId == null || zoneId.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(zoneId);
        } catch (DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }
}
