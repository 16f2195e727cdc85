package app.journal.webui.api.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
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
}
