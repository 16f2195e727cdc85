/**
 * Password cryptography adapters: {@link app.journal.adapter.crypto.Argon2PasswordHasher} (Argon2id
 * with our own {@link app.journal.adapter.crypto.Argon2Engine}, PHC strings, a bounded number of
 * concurrent hashes, each slot's memory reused) and
 * {@link app.journal.adapter.crypto.NbvcxzPasswordPolicy} (guessability through nbvcxz).
 * Nothing here ever logs a password or a hash.
 */
@NullMarked
package app.journal.adapter.crypto;

import org.jspecify.annotations.NullMarked;
