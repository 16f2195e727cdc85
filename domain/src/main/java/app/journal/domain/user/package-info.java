@NullMarked
package app.journal.domain.user;

import org.jspecify.annotations.NullMarked;
