package app.journal.e2e;

import static app.journal.e2e.JournalPages.assertSignedIn;
import static app.journal.e2e.JournalPages.card;
import static app.journal.e2e.JournalPages.uniqueTitle;
import static app.journal.e2e.JournalPages.writeEntry;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.journal.adapter.persistence.testing.TestDatabase;
import app.journal.e2e.JournalTables.SessionRow;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Several nodes (issue 7): two Journal processes on two ports, one PostgreSQL database and the same
 * configured token keys, behind HAProxy with sticky sessions by cookie ({@code deploy/haproxy/haproxy.cfg},
 * the configuration docker-compose.yml uses). The node that served a visitor goes away; the visitor's
 * next action, after at most one reload, succeeds on the other node without signing in again.
 */
class FailoverIT {

    private static TestDatabase database;
    private static Mailbox mailbox;
    private static JournalApp app1;
    private static JournalApp app2;
    private static HaProxy proxy;
    private static Chromium chromium;
    private static AccountsApi api;
    private static JournalTables tables;
    /** The proxy: where the browser goes, and both nodes' public base URL. */
    private static String site;

    @BeforeAll
    static void startTwoNodesTheProxyAndTheBrowser() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        database = TestDatabase.create("e2e_failover");
        mailbox = Mailbox.start();
        TestTokenKeys keys = TestTokenKeys.generate();
        int proxyPort = Ports.free();
        site = "http://127.0.0.1:" + proxyPort;
        // Both at once, as a deploy of two nodes would: they migrate the one database together (Flyway locks it).
        CompletableFuture<JournalApp> second = CompletableFuture.supplyAsync(() -> JournalApp.start("failover-app2",
                database, port -> AccountsArguments.of(site, mailbox, keys), Map.of()));
        try {
            app1 = JournalApp.start("failover-app1", database, port -> AccountsArguments.of(site, mailbox, keys), Map.of());
        } finally {
            app2 = second.join();
        }
        proxy = HaProxy.start("failover", proxyPort, app1, app2);
        api = new AccountsApi(proxy.baseUrl());
        tables = new JournalTables(database.dataSource());
        chromium = Chromium.launch();
    }

    @AfterAll
    static void stopEverything() {
        Resources.closeInOrder(chromium, proxy, app1, app2, mailbox, database);
    }

    @Test
    void when_the_node_that_served_a_visitor_goes_away_the_other_node_carries_on_without_signing_in_again() {
        Screenshots screenshots = new Screenshots("failover");
        Account account = Account.fresh("failover");
        api.registerVerified(account.email(), account.password(), mailbox);
        try (BrowserContext context = chromium.newContext()) {
            context.setDefaultTimeout(20_000);
            Page page = context.newPage();
            // Not "kept signed in": the browser stays open, its browser-session cookie is enough.
            JournalPages.signIn(page, site, account);
            BrowserTokens.assertOnlyInHttpOnlyCookie(page, "signing in through the proxy");
            String first = uniqueTitle("On the first node");
            writeEntry(page, first, "Written before the node went away.");
            assertThat(card(page, first)).isVisible();
            BrowserTokens.assertOnlyInHttpOnlyCookie(page, "writing an entry");
            screenshots.take(page, "01-before-failover");
            String served = stickyNode(context);
            String other = HaProxy.otherServer(served);
            SessionRow before = tables.onlyActiveSession(account.email());

            node(served).kill();
            page.reload();

            assertSignedIn(page, account);
            assertThat(card(page, first)).isVisible();
            BrowserTokens.assertOnlyInHttpOnlyCookie(page, "reloading after the node went away");
            Assertions.assertThat(stickyNode(context)).as("the node that serves the visitor after the reload")
                    .isEqualTo(other);
            screenshots.take(page, "02-after-failover");
            String second = uniqueTitle("On the other node");
            writeEntry(page, second, "Written after the failover, without signing in again.");
            assertThat(card(page, second)).isVisible();
            Assertions.assertThat(tables.entriesTitled(second)).isEqualTo(1);
            BrowserTokens.assertOnlyInHttpOnlyCookie(page, "writing on the other node");
            Assertions.assertThat(tables.allSessions(account.email())).as("the account's sessions after the failover")
                    .extracting(SessionRow::id).containsExactly(before.id());
            SessionRow after = tables.session(before.id());
            Assertions.assertThat(after.revokedAt()).as("revoked_at after the failover").isNull();
            Assertions.assertThat(after.refreshId()).as("refresh_id: the other node restored the sign-in with a refresh")
                    .isNotEqualTo(before.refreshId());
            Assertions.assertThat(proxy.serverStates()).as("what HAProxy's health checks say").containsEntry(other, "UP");
        }
    }

    /** The node HAProxy's sticky cookie sends this browser to. */
    private static String stickyNode(BrowserContext context) {
        return context.cookies(site).stream()
                .filter(cookie -> cookie.name.equals(HaProxy.STICKY_COOKIE))
                .map(cookie -> cookie.value)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + HaProxy.STICKY_COOKIE + " cookie from the proxy at " + site));
    }

    private static JournalApp node(String server) {
        return switch (server) {
            case "app1" -> app1;
            case "app2" -> app2;
            default -> throw new AssertionError("Not a node of the proxy: " + server);
        };
    }
}
