@NullMarked
package app.journal.domain.entry;

import org.jspecify.annotations.NullMarked;
