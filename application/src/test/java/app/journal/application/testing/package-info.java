/**
 * Test support shared through the application test-jar: in-memory fakes of the out-ports for
 * service tests, and one abstract contract per out-port that both the fakes and the jOOQ adapters
 * must pass.
 */
@NullMarked
package app.journal.application.testing;

import org.jspecify.annotations.NullMarked;
