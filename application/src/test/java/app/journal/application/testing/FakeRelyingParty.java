package app.journal.application.testing;

import app.journal.application.port.out.RelyingParty;
import app.journal.domain.passkey.CredentialId;
import app.journal.domain.passkey.UserHandle;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A {@link RelyingParty} for service tests, with no cryptography: options are {@code {"challenge":"<uuid>"}}, and
 * an answer is the text {@link #answer} makes, naming the challenge it answers, the credential, its counter,
 * whether the person was verified and (optionally) the user handle. It checks only that the challenge is the
 * options' one, and refuses what {@link #refuseNext} says. The real checks are {@code SpringWebAuthnRelyingParty}'s.
 */
public final class FakeRelyingParty implements RelyingParty {

    private @Nullable Reason refusal;

    /** The next verify call throws with this reason. */
    public FakeRelyingParty refuseNext(Reason reason) {
        this.refusal = reason;
        return this;
    }

    /** An answer to {@code optionsJson} from this credential. */
    public static String answer(String optionsJson, CredentialId id, long count, boolean userVerified,
            @Nullable UserHandle handle) {
        return challengeOf(optionsJson) + "|" + id.base64Url() + "|" + count + "|" + userVerified + "|"
                + (handle == null ? "" : handle.base64Url());
    }

    @Override
    public Options registrationOptions(UserHandle user, String name, String displayName, List<CredentialId> exclude) {
        return new Options("{\"challenge\":\"" + UUID.randomUUID() + "\"}");
    }

    @Override
    public Options assertionOptions(List<CredentialId> allow) {
        return new Options("{\"challenge\":\"" + UUID.randomUUID() + "\"}");
    }

    @Override
    public NewCredential verifyRegistration(String optionsJson, String responseJson) {
        var parts = checked(optionsJson, responseJson);
        return new NewCredential(CredentialId.fromBase64Url(parts[1]), new byte[] {1}, Long.parseLong(parts[2]), null,
                Set.of("internal"), false, false, Boolean.parseBoolean(parts[3]));
    }

    @Override
    public AssertionClaim claimOf(String responseJson) {
        var parts = parts(responseJson);
        return new AssertionClaim(CredentialId.fromBase64Url(parts[1]),
                parts[4].isEmpty() ? null : UserHandle.fromBase64Url(parts[4]));
    }

    @Override
    public VerifiedAssertion verifyAssertion(String optionsJson, String responseJson, StoredCredential credential) {
        var parts = checked(optionsJson, responseJson);
        return new VerifiedAssertion(Long.parseLong(parts[2]), false, Boolean.parseBoolean(parts[3]));
    }

    private String[] checked(String optionsJson, String responseJson) {
        var parts = parts(responseJson);
        if (refusal != null) {
            var reason = refusal;
            refusal = null;
            throw new PasskeyRejectedException(reason, "refused on purpose", null);
        }
        if (!parts[0].equals(challengeOf(optionsJson))) {
            throw new PasskeyRejectedException(Reason.CHALLENGE, "another challenge", null);
        }
        return parts;
    }

    private static String[] parts(String responseJson) {
        var parts = responseJson.split("\\|", -1);
        if (parts.length != 5) {
            throw new PasskeyRejectedException(Reason.MALFORMED, "not a fake answer", null);
        }
        return parts;
    }

    private static String challengeOf(String optionsJson) {
        int at = optionsJson.indexOf("\"challenge\":\"") + 13;
        return optionsJson.substring(at, optionsJson.indexOf('"', at));
    }
}
