package app.journal.webui.view;

import app.journal.webui.api.ApiProblemException;
import app.journal.webui.api.DemoStart;
import app.journal.webui.api.Entry;
import app.journal.webui.api.EntryPage;
import app.journal.webui.api.JournalApiClient;
import app.journal.webui.api.JournalApiException;
import app.journal.webui.api.SessionCredentials;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The journal: write an entry, read the list newest first, edit and delete. On the first visit of a
 * browser session without credentials it starts a demo session (the legacy demo auto-login).
 */
@Route("")
@PageTitle("Journal")
public class JournalView extends Main implements BeforeEnterObserver {

    static final int PAGE_SIZE = 20;

    private final JournalApiClient api;

    private final Badge demoBadge = new Badge("Demo mode");
    private final Paragraph demoNote = new Paragraph(
            "You are trying Journal with a shared demo account: other visitors of the demo can read these entries.");
    private final Div body = new Div();

    private final EntryFields newEntry = new EntryFields("entry-title", "entry-body");
    private final Button saveEntry = new Button("Save entry");
    private final Span entryCount = new Span();
    private final Div entryList = new Div();
    private final Paragraph emptyState = new Paragraph("Nothing here yet. Your first entry is one sentence away.");
    private final Button loadMore = new Button("Load more");
    private final Map<UUID, EntryCard> cards = new LinkedHashMap<>();

    private ZoneId zone = ZoneOffset.UTC;
    private int pagesLoaded;
    private boolean started;

    public JournalView(JournalApiClient api) {
        this.api = api;
        addClassName("journal-page");
        add(header(), body);
        body.addClassName("journal-body");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!started) {
            start();
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().getPage().retrieveExtendedClientDetails(details -> {
            ZoneId browserZone = zoneOrUtc(details.getTimeZoneId());
            if (!browserZone.equals(zone)) {
                zone = browserZone;
                cards.values().forEach(card -> card.useZone(zone));
            }
        });
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
        Header header = new Header(brand, tagline, demoNote);
        header.addClassName("journal-header");
        return header;
    }

    private void start() {
        try {
            if (!api.hasSession()) {
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
        } catch (JournalApiException failure) {
            showUnavailable(failure);
        }
    }

    private void showJournal() {
        boolean demo = api.session().map(s -> switch (s) {
            case SessionCredentials.Demo _ -> true;
        }).orElse(false);
        demoBadge.setVisible(demo);
        demoNote.setVisible(demo);
        body.removeAll();
        body.add(newEntryForm(), entriesSection());
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
        } catch (JournalApiException failure) {
            Toasts.error("Your entries could not be loaded. " + failure.getMessage());
        }
    }

    private void loadNextPage() {
        try {
            show(api.listEntries(pagesLoaded, PAGE_SIZE));
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
        new EditEntryDialog(api, entry, this::replace, this::forget).open();
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
        } catch (JournalApiException failure) {
            Toasts.error("The entry was not deleted. " + failure.getMessage());
            return;
        }
        forget(entry.id());
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

    private void showUnavailable(JournalApiException failure) {
        body.removeAll();
        Button retry = new Button("Try again", e -> start());
        retry.setId("retry");
        retry.addThemeVariants(ButtonVariant.PRIMARY);
        Div message = new Div(
                new H2("Your journal could not be opened"),
                new Paragraph(failure.getMessage()),
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
