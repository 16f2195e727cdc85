package app.journal.application.port.out;

/** Counts administrators' actions for the metrics ({@code journal_admin_actions_total{action}}), once committed. */
public interface AdminEvents {

    void acted(String action);
}
