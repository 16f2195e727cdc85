/**
 * Journal's browser UI (Vaadin Flow). It knows none of Journal's other modules: it is a client of the
 * REST API over HTTP, exactly like a single-page app in the browser would be.
 */
@NullMarked
package app.journal.webui;

import org.jspecify.annotations.NullMarked;
