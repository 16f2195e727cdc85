package app.journal.webui.api.account;

/** What the API said about a verification link ({@code POST /api/auth/verify}). */
public sealed interface VerifyOutcome permits VerifyOutcome.Verified, VerifyOutcome.AlreadyUsed, VerifyOutcome.Invalid {

    /** The address is verified now; the person can sign in. */
    record Verified() implements VerifyOutcome {
    }

    /** The link was used before: the address is verified already. */
    record AlreadyUsed(String detail) implements VerifyOutcome {
    }

    /** The link is unknown, damaged or expired: a new one has to be requested. */
    record Invalid(String detail) implements VerifyOutcome {
    }
}
