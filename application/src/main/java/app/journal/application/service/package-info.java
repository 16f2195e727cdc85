/**
 * The plain services that implement the use cases, one subpackage per capability; this package holds
 * what several of them share (the account-event path, throttling, pending grants, link tokens, settings).
 *
 * @see "docs/decisions/0019-packages-grouped-by-capability.md"
 */
@NullMarked
package app.journal.application.service;

import org.jspecify.annotations.NullMarked;
