/**
 * Services of administrators. They may use the account, session and two-step services; nothing may use them.
 */
@NullMarked
package app.journal.application.service.admin;

import org.jspecify.annotations.NullMarked;
