package app.journal.adapter.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import app.journal.application.testing.SoftwareAuthenticator;
import app.journal.domain.passkey.UserHandle;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.AuthenticatorAttachment;
import org.springframework.security.web.webauthn.api.AuthenticatorAttestationResponse;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the software authenticator sends reads as the browser's {@code toJSON()} for Spring Security's own
 * parser too (which its WebAuthn filters use on real browsers' answers), so the relying party's tests do not
 * pass only because the authenticator and the relying party agree on a private shape.
 */
class SoftwareAuthenticatorShapeTest {

    private static final String ORIGIN = "https://journal.example";

    private final JsonMapper spring = JsonMapper.builder().addModule(new WebauthnJacksonModule()).build();
    private final SpringWebAuthnRelyingParty relyingParty = new SpringWebAuthnRelyingParty(
            PasskeySettings.of("journal.example", "Journal", Set.of(ORIGIN)));
    private final SoftwareAuthenticator authenticator = new SoftwareAuthenticator();

    @Test
    void registration_reads_as_a_browser_credential() {
        String creation = relyingParty.registrationOptions(UserHandle.random(), "ada", "Ada", List.of()).json();

        PublicKeyCredential<AuthenticatorAttestationResponse> credential = spring.readValue(
                authenticator.register(creation, ORIGIN), new TypeReference<>() {});

        assertThat(credential.getRawId().toBase64UrlString()).isEqualTo(credential.getId());
        assertThat(credential.getAuthenticatorAttachment()).isEqualTo(AuthenticatorAttachment.PLATFORM);
        assertThat(credential.getResponse().getTransports()).containsExactly(AuthenticatorTransport.INTERNAL);
        assertThat(credential.getResponse().getAttestationObject().getBytes()).isNotEmpty();
        assertThat(credential.getResponse().getClientDataJSON().getBytes()).isNotEmpty();
    }

    @Test
    void assertion_reads_as_a_browser_credential() {
        String creation = relyingParty.registrationOptions(UserHandle.random(), "ada", "Ada", List.of()).json();
        authenticator.register(creation, ORIGIN);
        String request = relyingParty.assertionOptions(List.of()).json();

        PublicKeyCredential<AuthenticatorAssertionResponse> credential = spring.readValue(
                authenticator.authenticate(request, ORIGIN), new TypeReference<>() {});

        assertThat(credential.getResponse().getSignature().getBytes()).isNotEmpty();
        assertThat(credential.getResponse().getAuthenticatorData().getBytes()).hasSize(37);
        assertThat(credential.getResponse().getUserHandle()).isNotNull();
    }
}
