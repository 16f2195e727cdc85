package app.journal.e2e;

import java.util.UUID;

/** An account a test makes: a unique address and a password the API accepts. */
record Account(String email, String password) {

    static Account fresh(String name) {
        // Independent parts: the API refuses a password that resembles the address.
        return new Account(name + "-" + randomPart() + "@example.org", "Lantern-harbour-" + randomPart() + "!");
    }

    private static String randomPart() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Override
    public String toString() {
        return "Account[" + email + "]";
    }
}
