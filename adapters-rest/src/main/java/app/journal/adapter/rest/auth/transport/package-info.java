/**
 * The one home of refresh-token transport on the server: how a refresh token reaches a client at
 * sign-in and rotation, how a refresh or logout request presents it, and what a transport checks
 * before the token is believed. {@link app.journal.adapter.rest.auth.transport.RefreshTokenTransport}
 * is the seam; {@link app.journal.adapter.rest.auth.transport.BodyTransport} (JSON, non-browser
 * clients) and {@link app.journal.adapter.rest.auth.transport.CookieTransport} (HttpOnly cookie with
 * Fetch Metadata and a signed double-submit CSRF token, browser clients) are its two kinds. A third
 * transport is one more class handed to
 * {@link app.journal.adapter.rest.auth.transport.RefreshTokenTransports}.
 */
@NullMarked
package app.journal.adapter.rest.auth.transport;

import org.jspecify.annotations.NullMarked;
