package app.journal.webui.view;

import app.journal.webui.api.journal.EntryDraft;
import com.vaadin.flow.server.VaadinSession;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a person had typed but not saved when their session ended or they were signed out: kept in the
 * browser's {@link VaadinSession} (server memory) and given back after they sign in again. Each draft
 * belongs to the account that wrote it and is only given back to that account; signing in with another
 * account discards it.
 */
public final class ParkedDrafts implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * One unsaved text.
     *
     * @param entryId the entry being edited, or {@code null} for a new entry
     */
    public record Draft(String owner, @Nullable UUID entryId, String title, String body) implements Serializable {

        public Draft {
            Objects.requireNonNull(owner, "owner");
            title = title == null ? "" : title;
            body = body == null ? "" : body;
        }

        public EntryDraft text() {
            return new EntryDraft(title, body);
        }
    }

    private final List<Draft> drafts = new ArrayList<>();

    /** Keeps what was typed; blank text is not worth keeping. */
    public static void park(String owner, @Nullable UUID entryId, EntryDraft text) {
        if (text.title().isBlank() && text.body().isBlank()) {
            return;
        }
        of(VaadinSession.getCurrent()).drafts.add(new Draft(owner, entryId, text.title(), text.body()));
    }

    /** Takes all drafts out of the session: those of {@code owner} come back, any other account's are dropped. */
    public static List<Draft> takeFor(String owner) {
        VaadinSession session = VaadinSession.getCurrent();
        ParkedDrafts parked = session.getAttribute(ParkedDrafts.class);
        if (parked == null) {
            return List.of();
        }
        session.setAttribute(ParkedDrafts.class, null);
        String key = owner.toLowerCase(Locale.ROOT);
        return parked.drafts.stream().filter(d -> d.owner().toLowerCase(Locale.ROOT).equals(key)).toList();
    }

    /** Whether anything typed is waiting for its author to sign in again. */
    public static boolean any() {
        ParkedDrafts parked = VaadinSession.getCurrent().getAttribute(ParkedDrafts.class);
        return parked != null && !parked.drafts.isEmpty();
    }

    private static ParkedDrafts of(VaadinSession session) {
        ParkedDrafts parked = session.getAttribute(ParkedDrafts.class);
        if (parked == null) {
            parked = new ParkedDrafts();
            session.setAttribute(ParkedDrafts.class, parked);
        }
        return parked;
    }
}
