package app.journal.bootstrap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Searching a journal ({@code journal.search.*}); the README documents each setting.
 *
 * @param perAccount searches of one account per window: results as one types make a few a second
 */
@ConfigurationProperties("journal.search")
@Validated
public record SearchProperties(@Valid @NotNull @DefaultValue Rule perAccount) {

    public record Rule(@Min(1) @DefaultValue("300") int limit, @NotNull @DefaultValue("1m") Duration window) {}
}
