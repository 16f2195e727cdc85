/**
 * Services that start, renew and end sessions; every session starts in SessionStarter.
 */
@NullMarked
package app.journal.application.service.session;

import org.jspecify.annotations.NullMarked;
