/**
 * The journal page: writing, editing and reading entries.
 */
@NullMarked
package app.journal.webui.view.journal;

import org.jspecify.annotations.NullMarked;
