/**
 * Entry bodies as safe HTML: CommonMark rendered with raw HTML escaped, links limited to http, https and
 * mailto with {@code rel="noopener noreferrer nofollow"}, and no image ever loaded.
 *
 * @see "docs/decisions/0028-markdown.md"
 */
@NullMarked
package app.journal.adapter.rest.markdown;

import org.jspecify.annotations.NullMarked;
