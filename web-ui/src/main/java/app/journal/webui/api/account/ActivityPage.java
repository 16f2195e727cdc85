package app.journal.webui.api.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of the account's security activity, newest first, as {@code GET /api/me/activity} returns it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActivityPage(List<ActivityItem> items, int page, int size, long totalItems, int totalPages) {

    public ActivityPage(@Nullable List<ActivityItem> items, int page, int size, long totalItems, int totalPages) {
        this.items = items == null ? List.of() : List.copyOf(items);
        this.page = Math.max(0, page);
        this.size = Math.max(0, size);
        this.totalItems = Math.max(0, totalItems);
        this.totalPages = Math.max(0, totalPages);
    }

    public boolean hasNext() {
        return page + 1 < totalPages;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
