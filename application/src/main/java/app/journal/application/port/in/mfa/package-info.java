/**
 * Use cases of stronger proof: two-step verification and confirming it's you before a sensitive change.
 */
@NullMarked
package app.journal.application.port.in.mfa;

import org.jspecify.annotations.NullMarked;
