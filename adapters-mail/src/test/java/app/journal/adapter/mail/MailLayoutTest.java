package app.journal.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import app.journal.application.port.out.OutgoingMail;
import app.journal.domain.user.EmailAddress;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailLayoutTest {

    @Test
    void escapes_every_character_that_is_special_in_html_text_or_quoted_attributes() {
        assertThat(MailLayout.escapeHtml("a&b<c>d\"e'f")).isEqualTo("a&amp;b&lt;c&gt;d&quot;e&#39;f");
    }

    @Test
    void leaves_other_text_alone_including_non_ascii() {
        assertThat(MailLayout.escapeHtml("Tagebuch für Åsa – 日記 %2F")).isEqualTo("Tagebuch für Åsa – 日記 %2F");
    }

    @Test
    void text_puts_the_link_on_a_line_of_its_own_between_the_paragraphs_and_html_makes_it_a_button() {
        URI link = URI.create("https://journal.example.org/account/devices");
        var mail = new OutgoingMail(new EmailAddress("ada@example.org"), "New sign-in",
                List.of("Hello,", "When: Tuesday\nDevice: Firefox on Windows"), "Review my devices", link,
                List.of("Journal"));

        MailLayout layout = MailLayout.of(mail);

        assertThat(layout.text()).isEqualTo("Hello,\n\nWhen: Tuesday\nDevice: Firefox on Windows\n\n" + link
                + "\n\nJournal\n");
        assertThat(layout.html())
                .contains("<p>When: Tuesday<br>\nDevice: Firefox on Windows</p>")
                .contains("href=\"" + link + "\"")
                .contains(">Review my devices</a>");
    }
}
