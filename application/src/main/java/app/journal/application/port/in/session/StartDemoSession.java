package app.journal.application.port.in.session;

import app.journal.domain.user.User;

/** The legacy demo mode: everyone is the shared demo user. */
public interface StartDemoSession {

    /** @throws DemoModeDisabledException when demo mode is switched off */
    User start();

    final class DemoModeDisabledException extends RuntimeException {
        public DemoModeDisabledException() {
            super("Demo mode is disabled");
        }
    }
}
