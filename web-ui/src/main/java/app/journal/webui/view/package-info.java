/**
 * Journal's screens. They reach the server only through {@link app.journal.webui.api.JournalApiClient}.
 * This package holds the frame and what every capability shares; the pages live in one subpackage per
 * capability, which depend on this package and never the other way round.
 *
 * @see "docs/decisions/0019-packages-grouped-by-capability.md"
 */
@NullMarked
package app.journal.webui.view;

import org.jspecify.annotations.NullMarked;
