package app.journal.webui.api.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of {@code GET /api/admin/users}; {@code total} counts every account the search finds. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdminUserPage(List<AdminUser> users, int page, int size, long total) {

    public AdminUserPage(@Nullable List<AdminUser> users, int page, int size, long total) {
        this.users = users == null ? List.of() : List.copyOf(users);
        this.page = Math.max(0, page);
        this.size = Math.max(0, size);
        this.total = Math.max(0, total);
    }
}
