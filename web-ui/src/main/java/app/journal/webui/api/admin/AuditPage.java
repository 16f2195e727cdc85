package app.journal.webui.api.admin;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of {@code GET /api/admin/audit}, newest first. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuditPage(List<AuditEntry> entries, int page, int size, long total) {

    public AuditPage(@Nullable List<AuditEntry> entries, int page, int size, long total) {
        this.entries = entries == null ? List.of() : List.copyOf(entries);
        this.page = Math.max(0, page);
        this.size = Math.max(0, size);
        this.total = Math.max(0, total);
    }

    /** From the API's JSON, where the numbers may be missing. */
    @JsonCreator
    static AuditPage fromJson(@JsonProperty("entries") @Nullable List<AuditEntry> entries, @JsonProperty("page") @Nullable Integer page,
            @JsonProperty("size") @Nullable Integer size, @JsonProperty("total") @Nullable Long total) {
        return new AuditPage(entries, page == null ? 0 : page, size == null ? 0 : size, total == null ? 0 : total);
    }
}
