package app.journal.webui.api;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code 403 reauthentication-required}: the change needs a fresh "confirm it's you" on this session
 * ({@code POST /api/me/confirm}) and can then be tried again. {@link #methods()} says what the confirmation
 * takes for this account: {@code password}, and {@code totp} when two-step verification is on; {@code passkey}
 * when a passkey of the account may confirm instead.
 */
public final class ReauthenticationRequired extends ApiProblemException {

    public static final String PASSWORD = "password";
    public static final String TOTP = "totp";
    /** A passkey of the account confirms instead of the password (and the code). */
    public static final String PASSKEY = "passkey";

    private final List<String> methods;

    ReauthenticationRequired(@Nullable String title, @Nullable String detail, @Nullable List<String> methods) {
        super(403, REAUTHENTICATION_REQUIRED, title, detail == null || detail.isBlank()
                ? "Confirm it's you to continue." : detail, null, true, null);
        this.methods = methods == null || methods.isEmpty() ? List.of(PASSWORD) : List.copyOf(methods);
    }

    /**
     * What {@code POST /api/me/confirm} needs, all of them: {@code ["password"]} or {@code ["password","totp"]};
     * plus {@code "passkey"} when {@code POST /api/me/confirm/passkey} is the other way.
     */
    public List<String> methods() {
        return methods;
    }

    /** Whether the confirmation takes the authenticator app's code (or a recovery code) besides the password. */
    public boolean needsCode() {
        return methods.contains(TOTP);
    }

    /** Whether a passkey of the account may confirm instead ({@code POST /api/me/confirm/passkey}). */
    public boolean acceptsPasskey() {
        return methods.contains(PASSKEY);
    }
}
