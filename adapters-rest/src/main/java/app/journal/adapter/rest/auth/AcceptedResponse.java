package app.journal.adapter.rest.auth;

/** The one answer register and resend give, whatever happened. */
public record AcceptedResponse(String status, String message) {

    static AcceptedResponse checkYourMail() {
        return new AcceptedResponse("accepted",
                "If this address can be used, a verification link is on its way to it. Check your mail.");
    }
}
