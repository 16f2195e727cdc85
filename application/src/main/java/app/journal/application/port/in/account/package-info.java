/**
 * Use cases of an account's life: register, verify, reset or change the password, change the address, delete, and read what happened to it.
 */
@NullMarked
package app.journal.application.port.in.account;

import org.jspecify.annotations.NullMarked;
