/**
 * Journal entries as the API sends and takes them.
 */
@NullMarked
package app.journal.webui.api.journal;

import org.jspecify.annotations.NullMarked;
