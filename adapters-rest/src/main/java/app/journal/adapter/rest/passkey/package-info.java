/**
 * Passkeys (WebAuthn) on one's own account and "confirm it's you" with one: {@code /api/me/passkeys} and
 * {@code /api/me/confirm/passkey}. Signing in with one is {@code /api/auth/passkey}, in
 * {@link app.journal.adapter.rest.auth.SignInController}, so it answers exactly as {@code /api/auth/login}.
 */
@NullMarked
package app.journal.adapter.rest.passkey;

import org.jspecify.annotations.NullMarked;
