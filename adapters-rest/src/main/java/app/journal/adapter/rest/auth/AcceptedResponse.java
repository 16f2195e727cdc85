package app.journal.adapter.rest.auth;

/**
 * The one answer each mail-sending request gives, whatever happened: constants, so that a known and an
 * unknown (or taken) address get byte-identical bodies.
 */
public record AcceptedResponse(String status, String message) {

    static AcceptedResponse checkYourMail() {
        return new AcceptedResponse("accepted",
                "If this address can be used, a verification link is on its way to it. Check your mail.");
    }

    /** {@code POST /api/auth/forgot-password}. */
    static AcceptedResponse resetRequested() {
        return new AcceptedResponse("accepted",
                "If an account uses this address, a link to reset its password is on its way to it. Check your mail.");
    }

    /** {@code POST /api/me/email}. */
    public static AcceptedResponse emailChangeRequested() {
        return new AcceptedResponse("accepted",
                "If this address can be used, a confirmation link is on its way to it. Your account keeps its "
                        + "current address until the link is opened.");
    }
}
