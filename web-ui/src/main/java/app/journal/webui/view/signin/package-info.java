/**
 * Public pages: sign-in and its second step, registration, and the pages a mailed link opens.
 */
@NullMarked
package app.journal.webui.view.signin;

import org.jspecify.annotations.NullMarked;
