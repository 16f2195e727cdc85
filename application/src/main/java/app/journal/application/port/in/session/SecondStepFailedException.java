package app.journal.application.port.in.session;

/** The code (or recovery code) did not work. Says nothing more, on purpose. */
public final class SecondStepFailedException extends RuntimeException {

    public SecondStepFailedException() {
        super("That code did not work", null, false, false);
    }
}
