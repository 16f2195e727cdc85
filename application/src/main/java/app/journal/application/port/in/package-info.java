/**
 * The use cases, one subpackage per capability; this package holds what several share.
 *
 * @see "docs/decisions/0019-packages-grouped-by-capability.md"
 */
@NullMarked
package app.journal.application.port.in;

import org.jspecify.annotations.NullMarked;
