/**
 * Two-step verification rules, pure and with time as a parameter: TOTP codes
 * ({@link app.journal.domain.mfa.Totp}, RFC 6238 over the JDK's HMAC), the shared secret
 * ({@link app.journal.domain.mfa.TotpSecret}), recovery codes
 * ({@link app.journal.domain.mfa.RecoveryCodes}), the pending second sign-in step
 * ({@link app.journal.domain.mfa.SecondStepState}) and the "confirm it's you" window
 * ({@link app.journal.domain.mfa.ConfirmationPolicy}). Outcomes are sealed results; nothing here
 * prints a secret or a code.
 *
 * @see "docs/decisions/0015-totp-and-recovery-codes.md"
 */
@NullMarked
package app.journal.domain.mfa;

import org.jspecify.annotations.NullMarked;
