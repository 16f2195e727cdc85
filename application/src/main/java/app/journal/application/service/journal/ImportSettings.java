package app.journal.application.service.journal;

import app.journal.application.service.AccountSettings;
import java.util.Objects;

/**
 * How imports behave, as configured.
 *
 * @param maxEntries the most entries one file may hold (a larger file is refused whole)
 * @param importsPerAccount imports and previews of one account per window
 */
public record ImportSettings(int maxEntries, AccountSettings.Rule importsPerAccount) {

    public ImportSettings {
        Objects.requireNonNull(importsPerAccount, "importsPerAccount");
        if (maxEntries < 1) {
            throw new IllegalArgumentException("an import must be allowed at least one entry");
        }
    }
}
