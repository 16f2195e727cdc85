package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.journal.JournalApplication;
import app.journal.adapter.rest.security.ActiveSessionView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * A second whole Journal beside a test class's own (same database, same token keys, same mail server), for
 * what must hold across nodes. It returns once both nodes listen to the revocation feed.
 */
final class SecondNode implements AutoCloseable {

    private static final Duration LISTENING = Duration.ofSeconds(10);

    private final ConfigurableApplicationContext context;
    final int port;

    private SecondNode(ConfigurableApplicationContext context) {
        this.context = context;
        this.port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    /** Starts it with node A's database and keys, and {@code extraArgs} ({@code --name=value}). */
    static SecondNode start(Environment nodeA, ActiveSessionView nodeAView, int smtpPort, String... extraArgs) {
        var args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + ApiTestBase.database.jdbcUrl(),
                "--spring.datasource.username=" + ApiTestBase.database.username(),
                "--spring.datasource.password=" + ApiTestBase.database.password(),
                "--journal.tokens.keys-dir=" + nodeA.getProperty("journal.tokens.keys-dir"),
                "--journal.user-mgmt.enabled=true",
                "--journal.public-base-url=https://journal.example",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort));
        args.addAll(List.of(extraArgs));
        var node = new SecondNode(new SpringApplicationBuilder(JournalApplication.class).run(args.toArray(String[]::new)));
        var nodeBView = node.context.getBean(ActiveSessionView.class);
        long deadline = System.nanoTime() + LISTENING.toNanos();
        while (!(nodeAView.isTrusted() && nodeBView.isTrusted())) {
            assertThat(System.nanoTime()).as("both nodes listen within " + LISTENING).isLessThan(deadline);
            Thread.onSpinWait();
        }
        return node;
    }

    @Override
    public void close() {
        context.close();
    }
}
