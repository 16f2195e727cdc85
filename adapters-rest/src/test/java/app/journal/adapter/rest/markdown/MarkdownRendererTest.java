package app.journal.adapter.rest.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    // --- what Markdown is for -----------------------------------------------------------------------------

    @Test
    void renders_headings_emphasis_lists_quotes_and_code() {
        String html = markdown.toHtml("""
                # A day

                Some *rain*, then **sun** and ~~wind~~.

                - one
                - two

                1. first

                > said someone

                Use `a < b` here.

                ```java
                if (a < b && c > d) {}
                ```
                """);

        assertThat(html)
                .contains("<h1>A day</h1>")
                .contains("<p>Some <em>rain</em>, then <strong>sun</strong> and <del>wind</del>.</p>")
                .contains("<ul>\n<li>one</li>\n<li>two</li>\n</ul>")
                .contains("<ol>\n<li>first</li>\n</ol>")
                .contains("<blockquote>\n<p>said someone</p>\n</blockquote>")
                .contains("<code>a &lt; b</code>")
                .contains("<pre><code class=\"language-java\">if (a &lt; b &amp;&amp; c &gt; d) {}\n</code></pre>");
    }

    @Test
    void a_line_break_stays_a_line_break_as_in_the_plain_text_journal() {
        assertThat(markdown.toHtml("Roses are red\nviolets are blue")).isEqualTo(
                "<p>Roses are red<br />\nviolets are blue</p>\n");
    }

    @Test
    void an_empty_body_is_empty_html() {
        assertThat(markdown.toHtml("")).isEmpty();
    }

    @Test
    void a_single_tilde_is_just_a_tilde() {
        assertThat(markdown.toHtml("~5 km or ~3 miles")).doesNotContain("<del>");
    }

    // --- links -----------------------------------------------------------------------------------------------

    @Test
    void a_link_gets_rel_noopener_noreferrer_nofollow() {
        assertThat(markdown.toHtml("[the weather](https://weather.example/today?a=1&b=2 \"Title\")")).isEqualTo(
                "<p><a href=\"https://weather.example/today?a=1&amp;b=2\" title=\"Title\""
                        + " rel=\"noopener noreferrer nofollow\" target=\"_blank\">the weather</a></p>\n");
    }

    @Test
    void autolinks_bare_addresses_and_emails_get_the_same_rel() {
        String html = markdown.toHtml("See <https://a.example/x>, www.b.example and me@c.example");

        assertThat(html)
                .contains("<a href=\"https://a.example/x\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">")
                .contains("<a href=\"http://www.b.example\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">")
                .contains("<a href=\"mailto:me@c.example\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](  javascript:alert(1)  )",
        "[x](java&#9;script:alert(1))",
        "[x](java&#x0A;script:alert(1))",
        "[x](<java\tscript:alert(1)>)",
        "[x](&#106;avascript:alert(1))",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html,<script>alert(1)</script>)",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](file:///etc/passwd)",
        "[x](http:evil)",
        "[x](//evil.example/)",
        "[x](/api/entries)",
        "[x]: javascript:alert(1)\n\n[x]",
        "<javascript:alert(1)>",
        "<data:text/html,hi>",
    })
    void a_link_to_anything_but_http_https_or_mailto_is_its_text_alone(String body) {
        String html = markdown.toHtml(body);

        assertThat(html).doesNotContain("<a").doesNotContainIgnoringCase("href");
        assertThat(html.replaceAll("<[^>]*>", "")).doesNotContain("<");
    }

    // --- raw HTML --------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>window.__pwned = 1</script>",
        "Hello <script>window.__pwned = 1</script> there",
        "<img src=x onerror=alert(1)>",
        "text <img src=x onerror=alert(1)> text",
        "<div onclick=\"alert(1)\">block</div>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<svg onload=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<!-- comment --><style>body{display:none}</style>",
        "<details open ontoggle=alert(1)>",
        "[x](https://ok.example \"a\\\" onmouseover=\\\"alert(1)\")",
        "```\"><script>alert(1)</script>\nx\n```",
    })
    void raw_html_is_shown_as_text_and_no_tag_or_handler_comes_through(String body) {
        String html = markdown.toHtml(body);

        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                .doesNotContainIgnoringCase("<div").doesNotContainIgnoringCase("<iframe")
                .doesNotContainIgnoringCase("<svg").doesNotContainIgnoringCase("<style")
                .doesNotContainIgnoringCase("<details").doesNotContain("<!--")
                .doesNotContainPattern("\\son[a-z]+\\s*=\\s*\"");
        assertThat(onlyAllowedTags(html)).as(html).isTrue();
    }

    @Test
    void raw_html_is_visible_escaped() {
        assertThat(markdown.toHtml("<script>alert(1)</script>"))
                .isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
        assertThat(markdown.toHtml("a <b onclick=x>b</b>"))
                .isEqualTo("<p>a &lt;b onclick=x&gt;b&lt;/b&gt;</p>\n");
    }

    // --- images ----------------------------------------------------------------------------------------------

    @Test
    void a_remote_image_is_a_link_to_it_never_an_img() {
        String html = markdown.toHtml("![a pixel](https://tracker.example/p.png)");

        assertThat(html).doesNotContain("<img").isEqualTo("<p><a href=\"https://tracker.example/p.png\" "
                + "class=\"image-link\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">a pixel</a></p>\n");
    }

    @Test
    void an_image_without_alt_text_shows_its_address() {
        assertThat(markdown.toHtml("![](https://tracker.example/p.png)"))
                .doesNotContain("<img").contains(">https://tracker.example/p.png</a>");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "![alt](data:image/png;base64,iVBORw0KGgo=)",
        "![alt](javascript:alert(1))",
        "![alt](p.png)",
        "![alt](mailto:a@b.example)",
    })
    void any_other_image_is_its_alt_text_alone(String body) {
        assertThat(markdown.toHtml(body)).isEqualTo("<p>alt</p>\n");
    }

    // --- what a hostile body cannot do -----------------------------------------------------------------------

    @Test
    void deep_nesting_renders_without_running_out_of_stack() {
        String quotes = ">".repeat(50_000) + " deep";
        String lists = "- ".repeat(30_000) + "deep";
        String emphasis = "*".repeat(40_000) + "x" + "*".repeat(40_000);
        String brackets = "[".repeat(40_000) + "x" + "](y)".repeat(40_000);

        for (String body : new String[] {quotes, lists, emphasis, brackets}) {
            assertThat(markdown.toHtml(body)).isNotEmpty();
        }
        assertThat(count(markdown.toHtml(quotes), "<blockquote>")).isLessThanOrEqualTo(MarkdownRenderer.MAX_NESTING);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** Every tag in the output is one the renderer is meant to write. */
    private static boolean onlyAllowedTags(String html) {
        return html.replaceAll("</?(p|h[1-6]|em|strong|del|a|ul|ol|li|blockquote|pre|code|hr|br)( [^<>]*)?/?>", "")
                .indexOf('<') < 0;
    }
}
