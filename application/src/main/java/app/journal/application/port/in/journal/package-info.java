/**
 * Use cases of the journal itself: write, edit, delete, read and export entries.
 */
@NullMarked
package app.journal.application.port.in.journal;

import org.jspecify.annotations.NullMarked;
