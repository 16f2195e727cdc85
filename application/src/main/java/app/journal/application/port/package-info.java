@NullMarked
package app.journal.application.port;

import org.jspecify.annotations.NullMarked;
