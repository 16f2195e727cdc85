package app.journal.application.testing;

import app.journal.application.port.out.AdminEvents;
import java.util.ArrayList;
import java.util.List;

/** Keeps every counted administrators' action, in order. */
public final class RecordingAdminEvents implements AdminEvents {

    private final List<String> actions = new ArrayList<>();

    @Override
    public synchronized void acted(String action) {
        actions.add(action);
    }

    public synchronized List<String> actions() {
        return List.copyOf(actions);
    }
}
