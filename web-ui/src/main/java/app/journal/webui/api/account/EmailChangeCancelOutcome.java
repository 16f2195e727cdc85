package app.journal.webui.api.account;

/** What the API said about a cancel link ({@code POST /api/auth/cancel-email-change}). */
public sealed interface EmailChangeCancelOutcome
        permits EmailChangeCancelOutcome.Cancelled, EmailChangeCancelOutcome.LinkInvalid {

    /** The pending change of address is void: the account keeps its address. */
    record Cancelled() implements EmailChangeCancelOutcome {
    }

    /** The link is used, expired, superseded or damaged. */
    record LinkInvalid(String detail) implements EmailChangeCancelOutcome {
    }
}
