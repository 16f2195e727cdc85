package app.journal.webui.view.admin;

import app.journal.webui.api.JournalApiClient;
import app.journal.webui.api.JournalApiException;
import app.journal.webui.api.admin.AdminUser;
import app.journal.webui.api.admin.AdminUserPage;
import app.journal.webui.api.admin.UserSearch;
import app.journal.webui.view.BrowserZone;
import app.journal.webui.view.FormParts;
import app.journal.webui.view.MainLayout;
import app.journal.webui.view.Routes;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Every account ({@code /admin/users}, {@code admin-users-page}): a table paged on the server
 * ({@code GET /api/admin/users} one page at a time as the grid scrolls), searched by address (from its start or
 * anywhere in it), filtered, and sorted by address, creation or last sign-in. An address opens the account.
 */
@Route(value = Routes.ADMIN_USERS, layout = MainLayout.class)
@PageTitle("Accounts · Administration · Journal")
public class AdminUsersView extends AdminPage {

    static final int PAGE_SIZE = 50;

    private final TextField search = new TextField("Search by address");
    private final Select<UserSearch.Match> match = new Select<>();
    private final Select<String> filter = new Select<>();
    private final Grid<AdminUser> grid = new Grid<>(AdminUser.class, false);
    private final Paragraph count = new Paragraph();
    private @Nullable GridLazyDataView<AdminUser> accounts;
    private ZoneId zone = ZoneOffset.UTC;

    public AdminUsersView(JournalApiClient api) {
        super(api, "admin-users-page", "Accounts", "/" + Routes.ADMIN_USERS);
        Paragraph intro = new Paragraph("Find an account by its address to see its devices and activity, and to act "
                + "on it. Journal entries are never shown here.");
        intro.addClassName("account-intro");
        search.setId("admin-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(400);
        match.setId("admin-search-match");
        match.setLabel("Address");
        match.setItems(UserSearch.Match.values());
        match.setItemLabelGenerator(m -> m == UserSearch.Match.PREFIX ? "Starts with" : "Contains");
        match.setValue(UserSearch.Match.PREFIX);
        filter.setId("admin-filter");
        filter.setLabel("Show");
        filter.setItems("", UserSearch.Filter.UNVERIFIED.name(), UserSearch.Filter.DISABLED.name(),
                UserSearch.Filter.TWO_STEP.name(), UserSearch.Filter.NO_TWO_STEP.name());
        filter.setItemLabelGenerator(AdminUsersView::filterLabel);
        filter.setValue("");
        Div filters = new Div(search, match, filter);
        filters.addClassName("admin-filters");
        count.setId("admin-users-count");
        count.addClassName("account-note");
        count.getElement().setAttribute("role", "status");
        configureGrid();
        search.addValueChangeListener(e -> refresh());
        match.addValueChangeListener(e -> refresh());
        filter.addValueChangeListener(e -> refresh());
        add(intro, filters, count, grid);
        addAttachListener(e -> BrowserZone.whenKnown(this, browserZone -> {
            zone = browserZone;
            if (accounts != null) {
                accounts.refreshAll();
            }
        }));
    }

    @Override
    protected void load(@Nullable BeforeEnterEvent entering) {
        accounts = grid.setItems(this::fetch);
        refresh();
    }

    /**
     * Counts the search's accounts (the API counts up to its limit), then reloads the rows. An exact count sizes
     * the grid; past the limit the grid's size is an estimate that grows as it scrolls, until a page comes back short.
     */
    private void refresh() {
        GridLazyDataView<AdminUser> rows = accounts;
        if (rows == null) {
            return;
        }
        try {
            AdminUserPage counted = api.admin().users(searchOf(null), 0, 1);
            count.setText(AdminText.accounts(counted.total(), counted.totalCapped()));
            int total = (int) Math.min(Integer.MAX_VALUE - PAGE_SIZE, counted.total());
            if (counted.totalCapped()) {
                rows.setItemCountUnknown();
                rows.setItemCountEstimate(total + PAGE_SIZE);
                rows.setItemCountEstimateIncrease(10 * PAGE_SIZE);
            } else {
                exactly(rows, total);
            }
        } catch (JournalApiException failure) {
            failed(failure, "The accounts could not be counted.", null);
            count.setText("");
            exactly(rows, 0);
        }
        rows.refreshAll();
    }

    /** The grid's size is {@code total}; the callback reads the query's offset and limit, as Vaadin requires. */
    private static void exactly(GridLazyDataView<AdminUser> rows, int total) {
        rows.setItemCountCallback(query -> {
            query.getOffset();
            query.getLimit();
            return total;
        });
    }

    private void configureGrid() {
        grid.setId("admin-users");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setPageSize(PAGE_SIZE);
        grid.setAllRowsVisible(false);
        grid.setHeight("32rem");
        grid.getElement().setAttribute("aria-label", "Accounts");
        grid.addComponentColumn(user -> {
            var link = Routes.link(user.email(), Routes.ADMIN_USERS + "/" + user.id());
            link.addClassName("admin-user-link");
            return link;
        }).setHeader("Address").setSortProperty(UserSearch.Sort.EMAIL.parameter()).setAutoWidth(true)
                .setFlexGrow(1).setFrozen(true).setKey("email");
        grid.addColumn(user -> BrowserZone.format(user.createdAt(), zone)).setHeader("Created")
                .setSortProperty(UserSearch.Sort.CREATED.parameter()).setAutoWidth(true).setKey("created");
        grid.addColumn(user -> user.lastSignInAt() == null ? "Never" : BrowserZone.format(user.lastSignInAt(), zone))
                .setHeader("Last sign-in").setSortProperty(UserSearch.Sort.LAST_SIGN_IN.parameter())
                .setAutoWidth(true).setKey("lastSignIn");
        grid.addColumn(user -> AdminText.yesNo(user.verified())).setHeader("Verified").setAutoWidth(true);
        grid.addColumn(user -> AdminText.yesNo(user.twoStep())).setHeader("Two-step").setAutoWidth(true);
        grid.addColumn(AdminUser::passkeys).setHeader("Passkeys").setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(user -> AdminText.yesNo(user.disabled())).setHeader("Disabled").setAutoWidth(true);
        grid.addColumn(user -> AdminText.yesNo(user.admin())).setHeader("Administrator").setAutoWidth(true);
        grid.addColumn(AdminUser::activeSessions).setHeader("Signed-in devices").setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.setMultiSort(false);
    }

    /** The API's pages of {@link #PAGE_SIZE} that cover the rows the grid asks for, whatever its offset and limit. */
    private Stream<AdminUser> fetch(Query<AdminUser, Void> query) {
        int offset = query.getOffset();
        int limit = query.getLimit();
        UserSearch asked = searchOf(query);
        int skip = offset % PAGE_SIZE;
        List<AdminUser> rows = new ArrayList<>();
        try {
            for (int page = offset / PAGE_SIZE; rows.size() < skip + limit; page++) {
                List<AdminUser> got = api.admin().users(asked, page, PAGE_SIZE).users();
                rows.addAll(got);
                if (got.size() < PAGE_SIZE) {
                    break;
                }
            }
            FormParts.hide(problem);
        } catch (JournalApiException failure) {
            failed(failure, "The accounts could not be listed.", null);
            return Stream.empty();
        }
        return rows.stream().skip(skip).limit(limit);
    }

    private UserSearch searchOf(@Nullable Query<AdminUser, Void> query) {
        UserSearch.Sort sort = UserSearch.Sort.CREATED;
        boolean ascending = false;
        if (query != null && !query.getSortOrders().isEmpty()) {
            QuerySortOrder order = query.getSortOrders().getFirst();
            for (UserSearch.Sort candidate : UserSearch.Sort.values()) {
                if (candidate.parameter().equals(order.getSorted())) {
                    sort = candidate;
                }
            }
            ascending = order.getDirection() == SortDirection.ASCENDING;
        }
        String chosen = filter.getValue();
        return new UserSearch(search.getValue(), match.getValue(), chosen == null || chosen.isEmpty() ? null
                : UserSearch.Filter.valueOf(chosen), sort, ascending);
    }

    private static String filterLabel(String filter) {
        return switch (filter) {
            case "UNVERIFIED" -> "Address not verified";
            case "DISABLED" -> "Disabled";
            case "TWO_STEP" -> "Two-step on";
            case "NO_TWO_STEP" -> "Two-step off";
            default -> "All accounts";
        };
    }
}
