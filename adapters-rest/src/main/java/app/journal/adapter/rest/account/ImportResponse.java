package app.journal.adapter.rest.account;

import app.journal.application.port.in.journal.ImportJournal.ImportSummary;

/**
 * What an import did (or, with {@code dryRun}, would do): {@code entries} in the file, {@code added},
 * {@code duplicates} skipped, and how many of the added got a {@code newIds} (their id was taken).
 */
public record ImportResponse(int entries, int added, int duplicates, int newIds, boolean dryRun) {

    static ImportResponse from(ImportSummary summary) {
        return new ImportResponse(summary.entries(), summary.added(), summary.duplicates(), summary.newIds(),
                summary.dryRun());
    }
}
