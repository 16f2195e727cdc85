/**
 * What the administrators' calls answer ({@code /api/admin/**}): accounts as the table lists them, one account
 * with its factors, devices and activity (never its entries), and the audit log.
 */
@NullMarked
package app.journal.webui.api.admin;

import org.jspecify.annotations.NullMarked;
