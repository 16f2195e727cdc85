package app.journal.bootstrap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Importing a journal ({@code journal.import.*}); the README documents each setting.
 *
 * @param maxBytes the largest file {@code POST /api/me/import} takes (a larger one is a 413 before it is read)
 * @param maxInflatedBytes the most a Markdown zip may unpack to, all its files together (zip bombs)
 * @param maxEntries the most entries one file may hold
 * @param perAccount imports and previews of one account per window
 */
@ConfigurationProperties("journal.import")
@Validated
public record ImportProperties(
        @Min(1024) @DefaultValue("67108864") long maxBytes,
        @Min(1024) @DefaultValue("536870912") long maxInflatedBytes,
        @Min(1) @DefaultValue("50000") int maxEntries,
        @Valid @NotNull @DefaultValue Rule perAccount) {

    public record Rule(@Min(1) @DefaultValue("30") int limit, @NotNull @DefaultValue("1h") Duration window) {}
}
