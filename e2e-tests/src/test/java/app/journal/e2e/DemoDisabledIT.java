package app.journal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.journal.adapter.persistence.testing.TestDatabase;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** With demo mode switched off, a visitor gets a clear message rather than an error page. */
class DemoDisabledIT {

    private static TestDatabase database;
    private static JournalApp app;
    private static Chromium chromium;

    @BeforeAll
    static void startApplicationAndBrowser() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        database = TestDatabase.create("e2e_demo_disabled");
        app = JournalApp.start("demo-disabled", database, List.of("--journal.demo.enabled=false"), Map.of());
        chromium = Chromium.launch();
    }

    @AfterAll
    static void stopEverything() {
        Resources.closeInOrder(chromium, app, database);
    }

    @Test
    void a_visitor_is_told_that_demo_mode_is_switched_off() {
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();

            page.navigate(app.baseUrl() + "/");

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Journal").setLevel(1)))
                    .isVisible();
            assertThat(page.locator("#demo-disabled")).containsText("Demo mode is switched off");
            assertThat(page.locator("#demo-badge")).not().isVisible();
            assertThat(page.locator("#entry-title")).hasCount(0);
            new Screenshots("demo-disabled").take(page, "01-message");
        }
    }
}
