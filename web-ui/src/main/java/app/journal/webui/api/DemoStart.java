package app.journal.webui.api;


/** What happened when the UI asked the API for a demo session. */
public sealed interface DemoStart permits DemoStart.Started, DemoStart.Disabled {

    /** The demo session is running; its token is in the {@link CredentialStore}. */
    record Started() implements DemoStart {
    }

    /** This server has demo mode switched off ({@code 404} from {@code POST /api/demo/session}). */
    record Disabled(String detail) implements DemoStart {
    }
}
