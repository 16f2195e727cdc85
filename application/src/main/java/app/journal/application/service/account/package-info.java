/**
 * Services of an account's life, and the links and mails they send.
 */
@NullMarked
package app.journal.application.service.account;

import org.jspecify.annotations.NullMarked;
