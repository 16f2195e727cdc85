/**
 * Use cases that start, renew and end sessions: sign-in (with its second step), refresh, sign-out and revocation.
 */
@NullMarked
package app.journal.application.port.in.session;

import org.jspecify.annotations.NullMarked;
