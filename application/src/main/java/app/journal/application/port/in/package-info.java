@NullMarked
package app.journal.application.port.in;

import org.jspecify.annotations.NullMarked;
