/**
 * Services of two-step verification and of confirming it's you.
 */
@NullMarked
package app.journal.application.service.mfa;

import org.jspecify.annotations.NullMarked;
