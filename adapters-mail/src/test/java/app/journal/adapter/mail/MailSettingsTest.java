package app.journal.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MailSettingsTest {

    @Test
    void defaults_to_a_no_reply_address_on_a_domain_that_never_resolves() {
        MailSettings defaults = MailSettings.defaults();

        assertThat(defaults.from()).isEqualTo("Journal <no-reply@journal.invalid>");
        assertThat(defaults.productName()).isEqualTo("Journal");
        assertThat(defaults.fromAddress().getAddress()).isEqualTo("no-reply@journal.invalid");
        assertThat(defaults.fromAddress().getPersonal()).isEqualTo("Journal");
    }

    @Test
    void an_unset_or_blank_from_keeps_the_default_and_a_set_one_replaces_it() {
        assertThat(MailSettings.defaults().withFrom(null)).isEqualTo(MailSettings.defaults());
        assertThat(MailSettings.defaults().withFrom("  ")).isEqualTo(MailSettings.defaults());
        assertThat(MailSettings.defaults().withFrom(" hello@journal.example ").from()).isEqualTo("hello@journal.example");
    }

    @Test
    void rejects_a_from_that_is_not_exactly_one_valid_address() {
        assertThatThrownBy(() -> new MailSettings("not an address", "Journal"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailSettings("a@journal.example, b@journal.example", "Journal"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailSettings("", "Journal")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejects_line_breaks_that_would_smuggle_headers_into_the_mail() {
        assertThatThrownBy(() -> new MailSettings("a@journal.example\r\nBcc: victim@example.org", "Journal"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailSettings("a@journal.example", "Journal\r\nBcc: victim@example.org"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
