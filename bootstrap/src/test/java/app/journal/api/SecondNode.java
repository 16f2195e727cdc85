package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.journal.JournalApplication;
import app.journal.adapter.rest.security.ActiveSessionView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A second whole Journal beside a test class's own (same database, same token keys, same mail server), for
 * what must hold across nodes. It returns once both nodes listen to the revocation feed. A test class holds a
 * {@link Slot} ({@code @RegisterExtension}), which starts it beside the test's application and stops it after
 * each test.
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

    /** Waits (1 ms at a time, at most {@link #LISTENING}) until {@code condition} holds on the nodes. */
    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + LISTENING.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what + " within " + LISTENING).isLessThan(deadline);
            Thread.sleep(1);
        }
    }

    /** Starts a second node beside the running test's application, and stops it after the test. */
    static final class Slot implements BeforeEachCallback, AfterEachCallback {

        private ExtensionContext test;
        private SecondNode node;

        @Override
        public void beforeEach(ExtensionContext context) {
            test = context;
        }

        /** The second node, with {@code extraArgs} ({@code --name=value}) on top of node A's database and keys. */
        SecondNode start(String... extraArgs) {
            var nodeA = SpringExtension.getApplicationContext(test);
            node = SecondNode.start(nodeA.getEnvironment(), nodeA.getBean(ActiveSessionView.class),
                    Integer.parseInt(nodeA.getEnvironment().getRequiredProperty("spring.mail.port")), extraArgs);
            return node;
        }

        @Override
        public void afterEach(ExtensionContext context) {
            if (node != null) {
                node.close();
                node = null;
            }
        }
    }
}
