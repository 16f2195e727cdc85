/**
 * Two-step verification on one's own account and "confirm it's you", over HTTP.
 *
 * @see "docs/decisions/0016-confirm-its-you.md"
 */
@NullMarked
package app.journal.adapter.rest.mfa;

import org.jspecify.annotations.NullMarked;
