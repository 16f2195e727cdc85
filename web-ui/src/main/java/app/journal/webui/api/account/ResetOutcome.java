package app.journal.webui.api.account;

/** What the API said to a new password from a reset link ({@code POST /api/auth/reset-password}). */
public sealed interface ResetOutcome permits ResetOutcome.Reset, ResetOutcome.LinkInvalid {

    /** The password is set; every session of the account was signed out. The person signs in anew. */
    record Reset() implements ResetOutcome {
    }

    /** The link is used, expired, superseded or damaged: a new one has to be requested. */
    record LinkInvalid(String detail) implements ResetOutcome {
    }
}
