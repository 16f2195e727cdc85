/**
 * The administrators' API, {@code /api/admin/**} (issue 17). Every handler takes an
 * {@link app.journal.application.port.in.admin.AdminCaller}, which only {@link app.journal.adapter.rest.admin.AdminCallerResolver}
 * makes, by asking {@link app.journal.application.port.in.admin.AdminAccess} about the account's state now (bootstrap's
 * AdminRoutesGuardedTest fails the build for a handler without one). Never an account's journal.
 */
@NullMarked
package app.journal.adapter.rest.admin;

import org.jspecify.annotations.NullMarked;
