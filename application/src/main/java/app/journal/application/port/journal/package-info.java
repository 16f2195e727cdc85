/**
 * What the journal's reading use cases and their stores exchange: keyset cursors, time ranges, slices of
 * entries and search hits (issue 19, docs/decisions/0027-search-and-time.md).
 */
@NullMarked
package app.journal.application.port.journal;

import org.jspecify.annotations.NullMarked;
