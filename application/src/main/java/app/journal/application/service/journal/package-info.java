/**
 * Services of the journal's entries.
 */
@NullMarked
package app.journal.application.service.journal;

import org.jspecify.annotations.NullMarked;
