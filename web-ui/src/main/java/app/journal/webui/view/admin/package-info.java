/**
 * The administrators' area: the accounts table ({@code /admin/users}), one account with its factors, devices,
 * activity and the actions on it ({@code /admin/users/{id}}), and the audit log ({@code /admin/audit}). Accounts
 * only: no page here shows or asks for an entry.
 */
@NullMarked
package app.journal.webui.view.admin;

import org.jspecify.annotations.NullMarked;
