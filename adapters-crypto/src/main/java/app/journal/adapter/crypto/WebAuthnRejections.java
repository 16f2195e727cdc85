package app.journal.adapter.crypto;

import app.journal.application.port.out.RelyingParty.PasskeyRejectedException;
import app.journal.application.port.out.RelyingParty.Reason;
import com.webauthn4j.converter.exception.DataConversionException;
import com.webauthn4j.verifier.exception.BadAaguidException;
import com.webauthn4j.verifier.exception.BadAttestationStatementException;
import com.webauthn4j.verifier.exception.BadChallengeException;
import com.webauthn4j.verifier.exception.BadOriginException;
import com.webauthn4j.verifier.exception.BadRpIdException;
import com.webauthn4j.verifier.exception.BadSignatureException;
import com.webauthn4j.verifier.exception.BadTopOriginException;
import com.webauthn4j.verifier.exception.ConstraintViolationException;
import com.webauthn4j.verifier.exception.CrossOriginException;
import com.webauthn4j.verifier.exception.MaliciousCounterValueException;
import com.webauthn4j.verifier.exception.MissingChallengeException;
import com.webauthn4j.verifier.exception.PublicKeyMismatchException;
import com.webauthn4j.verifier.exception.TrustAnchorNotFoundException;
import com.webauthn4j.verifier.exception.UserNotVerifiedException;
import com.webauthn4j.verifier.exception.VerificationException;

/** Which {@link Reason} a webauthn4j or Spring failure is, for {@link SpringWebAuthnRelyingParty}. */
final class WebAuthnRejections {

    private WebAuthnRejections() {
    }

    /**
     * The reason for a library failure. Whatever else broke while reading the response (Jackson, bad
     * base64url, truncated CBOR, a null where the library expected a value) is {@link Reason#MALFORMED}.
     * No cause is kept: a parser's message may quote the response.
     */
    static PasskeyRejectedException of(RuntimeException failure) {
        if (failure instanceof PasskeyRejectedException rejected) {
            return rejected;
        }
        Reason reason = switch (failure) {
            case BadChallengeException _, MissingChallengeException _ -> Reason.CHALLENGE;
            case BadOriginException _, CrossOriginException _, BadTopOriginException _ -> Reason.ORIGIN;
            case BadRpIdException _ -> Reason.RP_ID;
            case UserNotVerifiedException _ -> Reason.USER_VERIFICATION;
            case BadSignatureException _, BadAttestationStatementException _, PublicKeyMismatchException _,
                    TrustAnchorNotFoundException _, com.webauthn4j.verifier.exception.CertificateException _ ->
                    Reason.SIGNATURE;
            case MaliciousCounterValueException _ -> Reason.COUNTER_REGRESSED;
            case BadAaguidException _ -> Reason.AUTHENTICATOR_NOT_ALLOWED;
            case ConstraintViolationException _, DataConversionException _ -> Reason.MALFORMED;
            case VerificationException _ -> Reason.OTHER;
            default -> Reason.MALFORMED;
        };
        return new PasskeyRejectedException(reason, "passkey response refused (" + reason + ", "
                + failure.getClass().getSimpleName() + ")", null);
    }
}
