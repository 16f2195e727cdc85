package app.journal.webui.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import app.journal.webui.api.passkeys.Passkey;
import app.journal.webui.api.passkeys.PasskeyOptions;

/**
 * The signed-in account's passkeys and "confirm it's you" with one, as the web UI asks the API for them.
 * Obtained from {@link JournalApiClient#passkeys()}. Each ceremony is two calls: the options (handed to the
 * browser untouched) and the browser's answer ({@code credential.toJSON()}, passed through untouched).
 * Adding and removing need a fresh confirmation and throw {@link ReauthenticationRequired} without one.
 */
public final class AccountPasskeys {

    private final PasskeyEndpoints passkeys;

    AccountPasskeys(PasskeyEndpoints passkeys) {
        this.passkeys = Objects.requireNonNull(passkeys, "passkeys");
    }

    /** {@code GET /api/me/passkeys}: oldest first. */
    public List<Passkey> list() {
        PasskeyAnswers.Listed answer = ApiCalls.required(ApiCalls.call(passkeys::list));
        return answer.passkeys() == null ? List.of() : List.copyOf(answer.passkeys());
    }

    /**
     * {@code POST /api/me/passkeys/options}: a registration starts.
     *
     * @throws ReauthenticationRequired when this session is not confirmed
     */
    public PasskeyOptions registrationOptions() {
        return ApiCalls.required(ApiCalls.call(() -> passkeys.registrationOptions(Map.of()))).usable();
    }

    /**
     * {@code POST /api/me/passkeys}: the browser's new credential.
     *
     * @param name what the person called it, or {@code null} for the API's name (the device's)
     * @throws ApiProblemException {@code 409} when this passkey is registered already, {@code 400} ...
     */
    public Passkey register(String ceremonyId, String credentialJson, @Nullable String name) {
        Objects.requireNonNull(ceremonyId, "ceremonyId");
        AuthRequests.PasskeyRegistration registration = new AuthRequests.PasskeyRegistration(ceremonyId,
                BrowserCredential.parse(credentialJson), name == null || name.isBlank() ? null : name.strip());
        return ApiCalls.required(ApiCalls.call(() -> passkeys.register(registration)));
    }

    /**
     * {@code PATCH /api/me/passkeys/{id}}.
     *
     * @throws ApiProblemException {@code 400} with a field error {@code name}, {@code 404} ...
     */
    public Passkey rename(String id, String name) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        return ApiCalls.required(ApiCalls.call(() -> passkeys.rename(id, new AuthRequests.PasskeyName(name.strip()))));
    }

    /**
     * {@code DELETE /api/me/passkeys/{id}}.
     *
     * @throws ReauthenticationRequired when this session is not confirmed
     * @throws ApiProblemException {@link ApiProblemException#LAST_SIGN_IN_METHOD}, {@code 404} ...
     */
    public void remove(String id) {
        Objects.requireNonNull(id, "id");
        ApiCalls.run(() -> passkeys.remove(id));
    }

    /**
     * {@code POST /api/me/confirm/passkey/options}: "confirm it's you" with a passkey of this account starts.
     *
     * @throws ApiProblemException {@code 409} when the account has no passkey
     */
    public PasskeyOptions confirmOptions() {
        return ApiCalls.required(ApiCalls.call(() -> passkeys.confirmOptions(Map.of()))).usable();
    }

    /**
     * {@code POST /api/me/confirm/passkey}: like {@link AccountSecurity#confirm} with the password.
     *
     * @return until when this session counts as confirmed
     * @throws ApiProblemException {@link ApiProblemException#PASSKEY_FAILED} ...
     */
    public @Nullable Instant confirm(String ceremonyId, String credentialJson) {
        Objects.requireNonNull(ceremonyId, "ceremonyId");
        AuthRequests.PasskeyProof proof = new AuthRequests.PasskeyProof(ceremonyId,
                BrowserCredential.parse(credentialJson));
        return ApiCalls.required(ApiCalls.call(() -> passkeys.confirm(proof))).confirmedUntil();
    }
}
