package app.journal.webui.api.account;

/** What the API said about an email-change link ({@code POST /api/auth/confirm-email}). */
public sealed interface EmailConfirmOutcome
        permits EmailConfirmOutcome.Changed, EmailConfirmOutcome.LinkInvalid, EmailConfirmOutcome.AddressTaken {

    /** The account's address is {@code email} now. */
    record Changed(String email) implements EmailConfirmOutcome {
    }

    /** The link is used, expired, superseded or damaged. */
    record LinkInvalid(String detail) implements EmailConfirmOutcome {
    }

    /** Another account took the new address since the change was asked for. */
    record AddressTaken(String detail) implements EmailConfirmOutcome {
    }
}
