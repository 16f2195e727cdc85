package app.journal.webui.view.account;

import app.journal.webui.api.ReauthenticationRequired;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * "Confirm it's you", in one place: runs a sensitive action, and when the API answers
 * {@code reauthentication-required} asks the person to confirm ({@link ConfirmItsYouDialog}) and then runs
 * the action again, so they carry on where they were. Views pass their actions through {@link #run}
 * instead of catching the problem at every call.
 */
final class Confirmation {

    /** Confirms on this session ({@code POST /api/me/confirm}); throws the API's refusal. */
    @FunctionalInterface
    interface Confirm {
        void confirm(String password, @Nullable String code, @Nullable String recoveryCode);
    }

    private final Confirm confirm;
    private final Runnable onSessionEnded;

    /** @param onSessionEnded what happens when the sign-in ends while confirming (to the sign-in page) */
    Confirmation(Confirm confirm, Runnable onSessionEnded) {
        this.confirm = Objects.requireNonNull(confirm, "confirm");
        this.onSessionEnded = Objects.requireNonNull(onSessionEnded, "onSessionEnded");
    }

    /** Runs {@code action}; if it needs a fresh confirmation, asks for one and runs it again once confirmed. */
    void run(Runnable action) {
        try {
            action.run();
        } catch (ReauthenticationRequired needed) {
            new ConfirmItsYouDialog(needed.needsCode(), confirm, () -> run(action), onSessionEnded).open();
        }
    }
}
