/** Journal's domain: users, sessions, journal entries and their rules. JDK only. */
@NullMarked
package app.journal.domain;

import org.jspecify.annotations.NullMarked;
