package app.journal.webui.view;


/**
 * A page with text the person may not have saved yet. Before they are signed out (here, in another tab,
 * or because the session ended), {@link MainLayout} asks it to park that text ({@link ParkedDrafts}), so
 * that it comes back after they sign in again.
 */
public interface HoldsUnsavedWork {

    void parkUnsaved();
}
