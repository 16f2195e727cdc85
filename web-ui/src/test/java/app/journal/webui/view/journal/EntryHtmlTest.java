package app.journal.webui.view.journal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The web UI's second line: what the API renders goes in as is; anything else it could send does not. */
class EntryHtmlTest {

    @Test
    void what_the_api_renders_passes_unchanged_under_one_root_headings_moved_below_the_card_title() {
        String api = "<h1>Day</h1>\n<p>Some <em>rain</em>, <del>wind</del><br />\nand "
                + "<a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">"
                + "a link</a>.</p>\n<h3>Later</h3>\n<blockquote>\n<p>q</p>\n</blockquote>\n"
                + "<pre><code class=\"language-java\">a &lt; b\n</code></pre>\n<ol start=\"3\">\n<li>x</li>\n</ol>\n";

        assertThat(EntryHtml.wrapped(api, "entry-body markdown", EntryHtml.CARD_TITLE_LEVEL)).isEqualTo(
                "<div class=\"entry-body markdown\"><h4>Day</h4>\n<p>Some <em>rain</em>, <del>wind</del><br>\nand "
                        + "<a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"noopener noreferrer nofollow\" "
                        + "target=\"_blank\">a link</a>.</p>\n<h6>Later</h6>\n<blockquote>\n<p>q</p>\n</blockquote>\n"
                        + "<pre><code class=\"language-java\">a &lt; b\n</code></pre>\n<ol start=\"3\">\n<li>x</li>\n"
                        + "</ol>\n</div>");
    }

    @Test
    void scripts_handlers_styles_images_and_foreign_links_from_a_faulty_api_do_not_get_in() {
        String hostile = "<p onclick=\"alert(1)\">a<script>window.__pwned=1</script>"
                + "<img src=\"https://tracker.example/p.png\"><a href=\"javascript:alert(1)\">x</a>"
                + "<a href=\"https://ok.example\">ok</a><style>*{}</style><iframe src=\"https://e.example\"></iframe></p>";

        String html = EntryHtml.wrapped(hostile, "entry-body", EntryHtml.CARD_TITLE_LEVEL);

        assertThat(html).doesNotContain("script", "onclick", "<img", "tracker", "javascript", "<style", "iframe")
                .contains("<a rel=\"noopener noreferrer nofollow\" target=\"_blank\">x</a>")
                .contains("<a href=\"https://ok.example\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">ok</a>")
                .startsWith("<div class=\"entry-body\">").endsWith("</div>");
    }

    @Test
    void a_preview_puts_headings_below_the_forms_h2() {
        assertThat(EntryHtml.wrapped("<h1>a</h1><h2>b</h2><h6>c</h6>", "x", EntryHtml.FORM_TITLE_LEVEL))
                .isEqualTo("<div class=\"x\"><h3>a</h3><h4>b</h4><h6>c</h6></div>");
    }

    @Test
    void nothing_rendered_is_an_empty_root() {
        assertThat(EntryHtml.wrapped("", "entry-body", EntryHtml.CARD_TITLE_LEVEL)).isEqualTo("<div class=\"entry-body\"></div>");
    }
}
