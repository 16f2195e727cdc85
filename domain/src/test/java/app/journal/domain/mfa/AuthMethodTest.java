package app.journal.domain.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthMethodTest {

    @Test
    void each_method_has_its_rfc_8176_value() {
        assertThat(AuthMethod.PWD.amr()).isEqualTo("pwd");
        assertThat(AuthMethod.OTP.amr()).isEqualTo("otp");
        assertThat(AuthMethod.HWK.amr()).isEqualTo("hwk");
        assertThat(AuthMethod.USER.amr()).isEqualTo("user");
        assertThat(AuthMethod.RECOVERY_CODE.amr()).isEqualTo("mfa");
    }

    @Test
    void a_password_alone_is_pwd() {
        assertThat(AuthMethod.amrClaim(List.of(AuthMethod.PWD))).containsExactly("pwd");
    }

    @Test
    void password_and_code_are_two_factors() {
        assertThat(AuthMethod.amrClaim(List.of(AuthMethod.OTP, AuthMethod.PWD))).containsExactly("pwd", "otp", "mfa");
    }

    @Test
    void password_and_recovery_code_are_two_factors_but_not_otp() {
        assertThat(AuthMethod.amrClaim(List.of(AuthMethod.PWD, AuthMethod.RECOVERY_CODE))).containsExactly("pwd", "mfa");
    }

    @Test
    void a_user_verified_passkey_is_two_factors_in_one() {
        assertThat(AuthMethod.amrClaim(List.of(AuthMethod.HWK, AuthMethod.USER))).containsExactly("hwk", "user", "mfa");
        assertThat(AuthMethod.amrClaim(List.of(AuthMethod.HWK))).as("without UV").containsExactly("hwk");
        assertThat(AuthMethod.amrClaim(List.of())).isEmpty();
    }
}
