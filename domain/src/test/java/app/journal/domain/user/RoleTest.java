package app.journal.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void codes_are_lower_case_and_read_back_to_the_same_role() {
        assertThat(Role.USER.code()).isEqualTo("user");
        assertThat(Role.ADMIN.code()).isEqualTo("admin");
        for (var role : Role.values()) {
            assertThat(Role.fromCode(role.code())).isEqualTo(role);
        }
    }

    @Test
    void admin_code_survives_a_turkish_default_locale() {
        // Turkish lower-cases I to dotless ı and upper-cases i to dotted İ.
        var original = Locale.getDefault();
        try {
            Locale.setDefault(Locale.of("tr"));
            assertThat(Role.ADMIN.code()).isEqualTo("admin");
            assertThat(Role.fromCode("admin")).isEqualTo(Role.ADMIN);
        } finally {
            Locale.setDefault(original);
        }
    }
}
