package app.journal.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class VerificationMailContentTest {

    @Test
    void escapes_every_character_that_is_special_in_html_text_or_quoted_attributes() {
        assertThat(VerificationMailContent.escapeHtml("a&b<c>d\"e'f"))
                .isEqualTo("a&amp;b&lt;c&gt;d&quot;e&#39;f");
    }

    @Test
    void leaves_other_text_alone_including_non_ascii() {
        assertThat(VerificationMailContent.escapeHtml("Tagebuch für Åsa – 日記 %2F"))
                .isEqualTo("Tagebuch für Åsa – 日記 %2F");
    }

    @Test
    void a_link_cannot_carry_raw_angle_brackets_or_double_quotes_so_ampersand_is_what_reaches_the_html() {
        // The premise of SmtpVerificationMailerTest's escaping case: the port takes a java.net.URI.
        assertThatThrownBy(() -> URI.create("https://journal.example.org/verify?t=<x>")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> URI.create("https://journal.example.org/verify?t=\"x\"")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void text_says_the_link_expires_and_what_to_do_if_you_did_not_sign_up() {
        URI link = URI.create("https://journal.example.org/verify?token=abc");

        VerificationMailContent content = VerificationMailContent.of(MailSettings.defaults(), link);

        assertThat(content.subject()).isEqualTo("Confirm your email for Journal");
        assertThat(content.text())
                .contains("\n" + link + "\n")
                .contains("This link expires soon")
                .contains("If you did not sign up, ignore this mail");
        assertThat(content.html())
                .contains("href=\"" + link + "\"")
                .contains("This link expires soon")
                .contains("If you did not sign up, ignore this mail");
    }
}
