package app.journal.adapter.rest.sessions;

import app.journal.application.port.Page;
import java.util.List;

public record ActivityPageResponse(List<ActivityResponse> items, int page, int size, long totalItems,
        long totalPages) {

    public static ActivityPageResponse from(Page<ActivityResponse> page) {
        return new ActivityPageResponse(page.items(), page.page(), page.size(), page.totalItems(), page.totalPages());
    }
}
