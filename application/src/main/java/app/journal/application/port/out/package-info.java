@NullMarked
package app.journal.application.port.out;

import org.jspecify.annotations.NullMarked;
