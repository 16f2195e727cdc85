/**
 * Passkeys (WebAuthn credentials) as Journal keeps them: the credential's id ({@link CredentialId}), the
 * account's random user handle ({@link UserHandle}, never the address or the database id), the stored
 * credential ({@link Passkey}) and the rules about it that need no cryptography: a signature counter that
 * goes backwards ({@link SignatureCount}) and the name a person gives it. The ceremony itself (challenge,
 * origin, signature) is checked by the relying-party library behind the application's {@code RelyingParty}
 * port.
 *
 * @see "docs/decisions/0021-passkeys.md"
 */
@NullMarked
package app.journal.domain.passkey;

import org.jspecify.annotations.NullMarked;
