package app.journal.webui.api.admin;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of {@code GET /api/admin/users}; {@code total} counts the accounts the search finds, exactly unless
 * {@code totalCapped}: then it finds more than {@code total} (the API stops counting at its limit).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdminUserPage(List<AdminUser> users, int page, int size, long total, boolean totalCapped) {

    public AdminUserPage(@Nullable List<AdminUser> users, int page, int size, long total, boolean totalCapped) {
        this.users = users == null ? List.of() : List.copyOf(users);
        this.page = Math.max(0, page);
        this.size = Math.max(0, size);
        this.total = Math.max(0, total);
        this.totalCapped = totalCapped;
    }

    /** From the API's JSON, where the numbers may be missing (and {@code totalCapped}, from an older API). */
    @JsonCreator
    static AdminUserPage fromJson(@JsonProperty("users") @Nullable List<AdminUser> users, @JsonProperty("page") @Nullable Integer page,
            @JsonProperty("size") @Nullable Integer size, @JsonProperty("total") @Nullable Long total,
            @JsonProperty("totalCapped") @Nullable Boolean totalCapped) {
        return new AdminUserPage(users, page == null ? 0 : page, size == null ? 0 : size, total == null ? 0 : total,
                Boolean.TRUE.equals(totalCapped));
    }
}
