/**
 * Use cases of administrators (issue 17): who may act ({@link app.journal.application.port.in.admin.AdminAccess}),
 * what they may see ({@link app.journal.application.port.in.admin.AdminQueries}) and do
 * ({@link app.journal.application.port.in.admin.AdminActions}). Never an account's journal: nothing here
 * depends on the journal use cases.
 */
@NullMarked
package app.journal.application.port.in.admin;

import org.jspecify.annotations.NullMarked;
