/**
 * The PostgreSQL adapter: jOOQ implementations of the application's out-ports. Generated jOOQ types
 * (package {@code .jooq}, generated from the Flyway scripts) stay inside this package; the adapters
 * hand out domain records only.
 */
@NullMarked
package app.journal.adapter.persistence;

import org.jspecify.annotations.NullMarked;
