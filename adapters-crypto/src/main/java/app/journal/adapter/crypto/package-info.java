/**
 * Password cryptography adapters: {@link app.journal.adapter.crypto.Argon2PasswordHasher} (Argon2id
 * with our own {@link app.journal.adapter.crypto.Argon2Engine}, PHC strings, a bounded number of
 * concurrent hashes, each slot's memory reused) and
 * {@link app.journal.adapter.crypto.NbvcxzPasswordPolicy} (guessability through nbvcxz); for two-step
 * verification, {@link app.journal.adapter.crypto.AesGcmSecretSealer} (TOTP secrets sealed with AES-256-GCM)
 * and {@link app.journal.adapter.crypto.HmacCodeDigests} (keyed digests of recovery codes), both under the
 * {@link app.journal.adapter.crypto.MfaKey} that {@link app.journal.adapter.crypto.FileMfaKey} keeps in the
 * keys directory; for passkeys, {@link app.journal.adapter.crypto.SpringWebAuthnRelyingParty} (the WebAuthn
 * relying party on spring-security-webauthn and webauthn4j, configured by
 * {@link app.journal.adapter.crypto.PasskeySettings}). Nothing here ever logs a password, a hash, a key, a
 * secret or a passkey response.
 */
@NullMarked
package app.journal.adapter.crypto;

import org.jspecify.annotations.NullMarked;
