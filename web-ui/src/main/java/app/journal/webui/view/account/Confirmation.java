package app.journal.webui.view.account;

import app.journal.webui.api.AccountPasskeys;
import app.journal.webui.api.ReauthenticationRequired;
import app.journal.webui.api.passkeys.PasskeyOptions;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * "Confirm it's you", in one place: runs a sensitive action, and when the API answers
 * {@code reauthentication-required} asks the person to confirm ({@link ConfirmItsYouDialog}) and then runs
 * the action again, so they carry on where they were. Views pass their actions through {@link #run}
 * instead of catching the problem at every call. Public for the administrators' pages, whose actions need the
 * same confirmation of the administrator's own session.
 */
public final class Confirmation {

    /** Confirms on this session ({@code POST /api/me/confirm}); throws the API's refusal. */
    @FunctionalInterface
    public interface Confirm {
        void confirm(String password, @Nullable String code, @Nullable String recoveryCode);
    }

    /**
     * Confirms with a passkey of the account instead ({@code POST /api/me/confirm/passkey/options}, then the
     * browser's answer to {@code POST /api/me/confirm/passkey}); throws the API's refusal.
     */
    public interface WithPasskey {
        PasskeyOptions options();

        void confirm(String ceremonyId, String credentialJson);

        static WithPasskey of(AccountPasskeys passkeys) {
            return new WithPasskey() {
                @Override
                public PasskeyOptions options() {
                    return passkeys.confirmOptions();
                }

                @Override
                public void confirm(String ceremonyId, String credentialJson) {
                    passkeys.confirm(ceremonyId, credentialJson);
                }
            };
        }
    }

    private final Confirm confirm;
    private final @Nullable WithPasskey withPasskey;
    private final Runnable onSessionEnded;

    /** @param onSessionEnded what happens when the sign-in ends while confirming (to the sign-in page) */
    Confirmation(Confirm confirm, Runnable onSessionEnded) {
        this(confirm, null, onSessionEnded);
    }

    /**
     * @param withPasskey the way to confirm with a passkey, offered when the API says the account has one;
     *                    {@code null} for the password (and code) only
     */
    public Confirmation(Confirm confirm, @Nullable WithPasskey withPasskey, Runnable onSessionEnded) {
        this.confirm = Objects.requireNonNull(confirm, "confirm");
        this.withPasskey = withPasskey;
        this.onSessionEnded = Objects.requireNonNull(onSessionEnded, "onSessionEnded");
    }

    /** Runs {@code action}; if it needs a fresh confirmation, asks for one and runs it again once confirmed. */
    public void run(Runnable action) {
        try {
            action.run();
        } catch (ReauthenticationRequired needed) {
            new ConfirmItsYouDialog(needed.needsCode(), needed.acceptsPasskey() ? withPasskey : null, confirm,
                    () -> run(action), onSessionEnded).open();
        }
    }
}
