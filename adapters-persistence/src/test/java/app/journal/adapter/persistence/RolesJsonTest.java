package app.journal.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.domain.user.Role;
import java.util.Set;
import org.jooq.JSONB;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RolesJsonTest {

    @Test
    void writes_lower_case_codes_in_declaration_order() {
        assertThat(RolesJson.write(Set.of(Role.ADMIN, Role.USER)).data()).isEqualTo("[\"user\", \"admin\"]");
        assertThat(RolesJson.write(Set.of()).data()).isEqualTo("[]");
    }

    @Test
    void reads_what_postgresql_prints_and_what_it_was_given() {
        assertThat(RolesJson.read(JSONB.valueOf("[\"user\", \"admin\"]"))).isEqualTo(Set.of(Role.USER, Role.ADMIN));
        assertThat(RolesJson.read(JSONB.valueOf(" [ \"admin\" ,\"user\" ] "))).isEqualTo(Set.of(Role.USER, Role.ADMIN));
        assertThat(RolesJson.read(JSONB.valueOf("[\"user\"]"))).isEqualTo(Set.of(Role.USER));
        assertThat(RolesJson.read(JSONB.valueOf("[ ]"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "user", "\"user\"", "{\"role\": \"user\"}", "[\"USER\"]", "[\"user\",]",
            "[,\"user\"]", "[\"us\\u0065r\"]", "[user]", "[\"user\" \"admin\"]", "[[\"user\"]]", "[null]", "[1]"})
    void refuses_anything_but_an_array_of_role_codes(String json) {
        assertThatThrownBy(() -> RolesJson.read(JSONB.valueOf(json))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refuses_a_role_it_does_not_know_rather_than_dropping_it() {
        assertThatThrownBy(() -> RolesJson.read(JSONB.valueOf("[\"user\", \"superuser\"]")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("superuser");
    }
}
