@NullMarked
package app.journal.domain.activity;

import org.jspecify.annotations.NullMarked;
