/**
 * The account area: address, password, two-step verification, trusted browsers, export, deletion, activity, and the confirm-it's-you dialog.
 */
@NullMarked
package app.journal.webui.view.account;

import org.jspecify.annotations.NullMarked;
