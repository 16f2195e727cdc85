/**
 * What the account calls answer: the person, lifecycle link outcomes, security overview, activity, export formats.
 */
@NullMarked
package app.journal.webui.api.account;

import org.jspecify.annotations.NullMarked;
