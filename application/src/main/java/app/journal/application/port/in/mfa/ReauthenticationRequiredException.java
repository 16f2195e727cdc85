package app.journal.application.port.in.mfa;

import java.util.List;

/**
 * A sensitive operation needs this session to confirm it is its person first. {@link #methods()} says what
 * {@link ConfirmIdentity} needs for this account, all of them: {@code password}, plus {@code totp} when
 * two-step verification is on.
 */
public final class ReauthenticationRequiredException extends RuntimeException {

    private final List<String> methods;

    public ReauthenticationRequiredException(List<String> methods) {
        super("Confirm it's you to continue", null, false, false);
        this.methods = List.copyOf(methods);
    }

    public List<String> methods() {
        return methods;
    }
}
