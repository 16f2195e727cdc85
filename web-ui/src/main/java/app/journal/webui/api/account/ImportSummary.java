package app.journal.webui.api.account;

/**
 * The answer of {@code POST /api/me/import}: how many entries the file holds, how many are (or, in a
 * preview, would be) added, how many are skipped as duplicates, and how many got a new id.
 */
public record ImportSummary(int entries, int added, int duplicates, int newIds, boolean dryRun) {}
