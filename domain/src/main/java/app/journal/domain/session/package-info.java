@NullMarked
package app.journal.domain.session;

import org.jspecify.annotations.NullMarked;
