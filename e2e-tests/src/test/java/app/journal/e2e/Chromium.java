package app.journal.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A headless Chromium through Playwright, using the browser installed on the machine
 * ({@code JOURNAL_CHROMIUM}, default {@code /usr/bin/chromium}). Playwright never downloads browsers here.
 *
 * <p>Every context it opens reports what the page's Content-Security-Policy refused (the console's
 * "Refused to ..." errors and every {@code securitypolicyviolation} event); {@link NoPolicyViolations}
 * fails the test that caused one, so each browser test also proves that Vaadin works under the policy.
 *
 * @see "docs/decisions/0014-security-headers.md"
 */
final class Chromium implements AutoCloseable {

    /** Logs each {@code securitypolicyviolation} to the console, where {@link #newContext} hears it. */
    private static final String REPORT_VIOLATIONS = """
            document.addEventListener('securitypolicyviolation', e => console.error(
                'Content Security Policy violation: ' + e.effectiveDirective + ' refused ' + e.blockedURI
                + ' (' + e.sourceFile + ':' + e.lineNumber + ')'));
            """;

    private final Playwright playwright;
    private final Browser browser;
    private final List<String> policyViolations = new CopyOnWriteArrayList<>();

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static Chromium launch() {
        Path executable = Path.of(System.getenv().getOrDefault("JOURNAL_CHROMIUM", "/usr/bin/chromium"));
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("No Chromium at " + executable + ": install it (apt-get install -y chromium) "
                    + "or point JOURNAL_CHROMIUM at a Chromium or Chrome executable");
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(executable)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--no-first-run", "--disable-sync")));
            return new Chromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    BrowserContext newContext() {
        return newContext(new Browser.NewContextOptions());
    }

    BrowserContext newContext(Browser.NewContextOptions options) {
        BrowserContext context = browser.newContext(options);
        context.addInitScript(REPORT_VIOLATIONS);
        context.onConsoleMessage(message -> {
            String text = message.text();
            if (text.contains("Content Security Policy")) {
                policyViolations.add(message.location() + ": " + text);
            }
        });
        return context;
    }

    /** The violations reported since the last call, which it forgets. */
    List<String> takePolicyViolations() {
        List<String> taken = List.copyOf(policyViolations);
        policyViolations.removeAll(taken);
        return taken;
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
