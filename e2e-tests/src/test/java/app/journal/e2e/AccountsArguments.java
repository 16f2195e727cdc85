package app.journal.e2e;

import java.util.ArrayList;
import java.util.List;

/** The program arguments of a Journal with accounts on, as the accounts suites start it. */
final class AccountsArguments {

    private AccountsArguments() {}

    /**
     * Accounts on in the API and in the UI, people reach it at {@code publicBaseUrl}, its mail goes to
     * {@code mailbox}, its tokens are signed with {@code keys}.
     */
    static List<String> of(String publicBaseUrl, Mailbox mailbox, TestTokenKeys keys) {
        List<String> args = new ArrayList<>(List.of(
                "--journal.user-mgmt.enabled=true",
                "--journal.web.user-mgmt-enabled=true",
                "--journal.public-base-url=" + publicBaseUrl,
                // Every browser of a suite is one visitor (127.0.0.1; the UI forwards that address to the
                // API), and a suite signs up and in more often than one person plausibly would.
                "--journal.rate-limits.register-per-client.limit=100",
                "--journal.rate-limits.register-per-client.window=1h",
                "--journal.rate-limits.login-per-client.limit=100",
                "--journal.rate-limits.login-per-client.window=15m",
                // /login asks for passkey options each time it opens; the suites sharing one jar open it hundreds
                // of times.
                "--journal.rate-limits.passkey-options-per-client.limit=5000",
                "--journal.rate-limits.passkey-options-per-client.window=15m"));
        args.addAll(mailbox.applicationArguments());
        args.addAll(keys.applicationArguments());
        return args;
    }
}
