@NullMarked
package app.journal.application.service;

import org.jspecify.annotations.NullMarked;
