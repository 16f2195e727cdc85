package app.journal.webui.view.admin;

import app.journal.webui.api.Administration;
import app.journal.webui.api.JournalApiClient;
import app.journal.webui.api.JournalApiException;
import app.journal.webui.api.admin.AuditEntry;
import app.journal.webui.api.admin.AuditFilter;
import app.journal.webui.view.ApiDownload;
import app.journal.webui.view.BrowserZone;
import app.journal.webui.view.FormParts;
import app.journal.webui.view.MainLayout;
import app.journal.webui.view.Routes;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What administrators did ({@code /admin/audit}, {@code admin-audit-page}): the audit log newest first, paged on
 * the server, filtered by who, to whom, what and when; "Download CSV" streams the API's CSV of the same filters
 * on to the browser as it arrives, like the journal export.
 *
 * @see "docs/decisions/0008-export-streamed-through-the-web-tier.md"
 */
@Route(value = Routes.ADMIN_AUDIT, layout = MainLayout.class)
@PageTitle("Audit log · Administration · Journal")
public class AdminAuditView extends AdminPage {

    static final int PAGE_SIZE = 50;

    private final TextField actor = new TextField("By (address)");
    private final TextField target = new TextField("To (address)");
    private final Select<String> action = new Select<>();
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
    private final CallbackDataProvider<AuditEntry, Void> entries;
    /** The filters as last set on the page, for the download, which runs outside the session's lock. */
    private volatile AuditFilter filter = AuditFilter.NONE;
    private ZoneId zone = ZoneOffset.UTC;

    public AdminAuditView(JournalApiClient api) {
        super(api, "admin-audit-page", "Audit log", "/" + Routes.ADMIN_AUDIT);
        Paragraph intro = new Paragraph("Every action of an administrator: who, what, to whom, when, from where, "
                + "and the reason given. Nothing here can be changed.");
        intro.addClassName("account-intro");
        actor.setId("audit-actor");
        target.setId("audit-target");
        action.setId("audit-action");
        from.setId("audit-from");
        to.setId("audit-to");
        action.setLabel("Action");
        action.setItems(AdminText.AUDIT_ACTIONS);
        action.setItemLabelGenerator(name -> name.isEmpty() ? "Every action" : AdminText.action(name));
        action.setValue("");
        action.addValueChangeListener(e -> filtersChanged());
        for (TextField field : new TextField[] {actor, target}) {
            field.setClearButtonVisible(true);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> filtersChanged());
        }
        from.addValueChangeListener(e -> filtersChanged());
        to.addValueChangeListener(e -> filtersChanged());
        Div filters = new Div(actor, target, action, from, to);
        filters.addClassName("admin-filters");
        Anchor csv = new Anchor(this::downloadCsv, AttachmentType.DOWNLOAD, "Download CSV");
        csv.setId("audit-csv");
        csv.addClassName("admin-download");
        entries = new CallbackDataProvider<>(this::fetch, query -> {
            query.getOffset();
            query.getLimit();
            return count();
        });
        grid.setId("audit-log");
        // A reason may be long: the rows wrap rather than cut it short.
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(PAGE_SIZE);
        grid.setHeight("32rem");
        grid.getElement().setAttribute("aria-label", "Audit log");
        grid.addColumn(entry -> BrowserZone.format(entry.at(), zone)).setHeader("When").setAutoWidth(true);
        grid.addColumn(AuditEntry::actorEmail).setHeader("By").setAutoWidth(true);
        grid.addColumn(entry -> AdminText.action(entry.action())).setHeader("What").setAutoWidth(true);
        grid.addColumn(entry -> entry.targetEmail() == null ? "" : entry.targetEmail()).setHeader("To").setAutoWidth(true);
        grid.addColumn(entry -> entry.reason() == null ? "" : entry.reason()).setHeader("Reason").setFlexGrow(1)
                .setWidth("14rem");
        grid.addColumn(entry -> entry.clientIp() == null ? "Not recorded" : entry.clientIp()).setHeader("IP address")
                .setAutoWidth(true);
        add(intro, filters, new Paragraph(csv), grid);
        addAttachListener(e -> BrowserZone.whenKnown(this, browserZone -> {
            zone = browserZone;
            filtersChanged();
        }));
    }

    @Override
    protected void load(@Nullable BeforeEnterEvent entering) {
        grid.setDataProvider(entries);
    }

    private void filtersChanged() {
        filter = new AuditFilter(actor.getValue(), target.getValue(), action.getValue(),
                from.getValue() == null ? null : from.getValue().atStartOfDay(zone).toInstant(),
                to.getValue() == null ? null : to.getValue().plusDays(1).atStartOfDay(zone).toInstant());
        entries.refreshAll();
    }

    private Stream<AuditEntry> fetch(Query<AuditEntry, Void> query) {
        int limit = Math.min(query.getLimit(), Administration.MAX_PAGE_SIZE);
        int offset = query.getOffset();
        try {
            var page = api.admin().audit(filter, offset / Math.max(1, limit), limit);
            FormParts.hide(problem);
            return page.entries().stream();
        } catch (JournalApiException failure) {
            failed(failure, "The audit log could not be loaded.", null);
            return Stream.empty();
        }
    }

    private int count() {
        try {
            return (int) Math.min(Integer.MAX_VALUE, api.admin().audit(filter, 0, 1).total());
        } catch (JournalApiException failure) {
            failed(failure, "The audit log could not be loaded.", null);
            return 0;
        }
    }

    /** The download's own request: the API's CSV streamed on ({@link ApiDownload}). */
    private void downloadCsv(DownloadEvent event) {
        ApiDownload.stream(event, sink -> api.admin().downloadAuditCsv(filter, sink), "download",
                "download the audit log");
    }
}
