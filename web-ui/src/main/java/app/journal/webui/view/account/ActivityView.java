package app.journal.webui.view.account;

import app.journal.webui.api.account.ActivityItem;
import app.journal.webui.api.account.ActivityPage;
import app.journal.webui.api.JournalApiClient;
import app.journal.webui.api.JournalApiException;
import app.journal.webui.api.SessionEndedException;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import app.journal.webui.view.BrowserZone;
import app.journal.webui.view.MainLayout;
import app.journal.webui.view.SessionEnd;
import app.journal.webui.view.Routes;

/**
 * What happened to the account in the last 90 days ({@code /account/activity}, {@code activity-page}),
 * newest first, from {@code GET /api/me/activity}: a table (when, what, device, IP address), one page at a
 * time with "Newer" and "Older".
 */
@Route(value = ActivityView.ROUTE, layout = MainLayout.class)
@PageTitle("Security activity · Journal")
public class ActivityView extends Section implements BeforeEnterObserver {

    static final String ROUTE = Routes.ACTIVITY;
    static final int PAGE_SIZE = 20;

    private final JournalApiClient api;
    private final Paragraph zoneNote = new Paragraph(BrowserZone.note(ZoneOffset.UTC));
    private final NativeTable table = new NativeTable();
    private final NativeTableBody rows;
    private final Paragraph empty = new Paragraph("Nothing was recorded for your account in the last 90 days.");
    private final Button newer = new Button("Newer");
    private final Button older = new Button("Older");
    private final Span pageInfo = new Span();
    private final Div problem = new Div();
    private @Nullable ActivityPage shown;
    private ZoneId zone = ZoneOffset.UTC;

    public ActivityView(JournalApiClient api) {
        this.api = api;
        setId("activity-page");
        addClassName("account-page");
        H2 heading = new H2("Security activity");
        heading.addClassName("section-heading");
        Paragraph intro = new Paragraph("What happened to your account in the last 90 days, newest first. "
                + "If something here was not you, sign that device out on the devices page and change your password.");
        intro.addClassName("account-intro");
        zoneNote.setId("activity-times-zone");
        zoneNote.addClassName("account-note");
        table.setId("activity-table");
        table.addClassName("activity-table");
        table.setCaptionText("Security activity of your account");
        table.getCaption().addClassName("visually-hidden");
        NativeTableRow head = table.getHead().addRow();
        for (String column : new String[] {"When", "What", "Device", "IP address"}) {
            head.addHeaderCell().setText(column);
        }
        head.getHeaderCells().forEach(cell -> cell.getElement().setAttribute("scope", "col"));
        rows = table.getBody();
        Div scroller = new Div(table);
        scroller.addClassName("activity-scroller");
        empty.setId("activity-empty");
        empty.addClassName("empty-state");
        empty.setVisible(false);
        newer.setId("activity-newer");
        older.setId("activity-older");
        newer.addThemeVariants(ButtonVariant.TERTIARY);
        older.addThemeVariants(ButtonVariant.TERTIARY);
        newer.addClickListener(e -> load(null, shown == null ? 0 : shown.page() - 1));
        older.addClickListener(e -> load(null, shown == null ? 0 : shown.page() + 1));
        pageInfo.setId("activity-page-info");
        pageInfo.addClassName("activity-page-info");
        Nav pager = new Nav(newer, pageInfo, older);
        pager.addClassName("activity-pager");
        pager.getElement().setAttribute("aria-label", "Pages of security activity");
        problem.setId("activity-unavailable");
        problem.addClassName("journal-message");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        add(heading, intro, zoneNote, problem, empty, scroller, pager);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        load(event, 0);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        BrowserZone.whenKnown(this, browserZone -> {
            zone = browserZone;
            zoneNote.setText(BrowserZone.note(zone));
            render();
        });
    }

    private void load(@Nullable BeforeEnterEvent entering, int page) {
        try {
            shown = api.devices().activity(Math.max(0, page), PAGE_SIZE);
            problem.setVisible(false);
        } catch (SessionEndedException ended) {
            SessionEnd.toSignIn(api, entering, "/" + ROUTE);
            return;
        } catch (JournalApiException failure) {
            showProblem("Your security activity could not be loaded. " + failure.getMessage(), page);
        }
        render();
    }

    private void render() {
        rows.removeAllRows();
        ActivityPage page = shown;
        if (page == null) {
            empty.setVisible(false);
            table.setVisible(false);
            newer.setVisible(false);
            older.setVisible(false);
            pageInfo.setVisible(false);
            return;
        }
        for (ActivityItem item : page.items()) {
            NativeTableRow row = rows.addRow();
            row.addClassName("activity-row");
            row.getElement().setAttribute("data-kind", item.kind());
            row.addDataCell().setText(BrowserZone.format(item.at(), zone));
            row.addDataCell().setText(ActivityText.describe(item));
            row.addDataCell().setText(ActivityText.device(item));
            row.addDataCell().setText(ActivityText.address(item));
        }
        boolean any = !page.items().isEmpty();
        table.setVisible(any);
        empty.setVisible(!any && page.page() == 0);
        newer.setVisible(page.hasPrevious());
        older.setVisible(page.hasNext());
        pageInfo.setVisible(page.totalPages() > 1);
        pageInfo.setText(ActivityText.pageOf(page.page(), page.totalPages()));
    }

    private void showProblem(String text, int page) {
        problem.removeAll();
        Button retry = new Button("Try again", e -> load(null, page));
        retry.setId("activity-retry");
        problem.add(new Paragraph(text), retry);
        problem.setVisible(true);
    }
}
