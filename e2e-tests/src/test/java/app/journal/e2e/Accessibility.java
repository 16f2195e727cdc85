package app.journal.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** An axe-core scan of the page as it is now (shadow DOM included): no serious or critical violation. */
final class Accessibility {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private Accessibility() {}

    /**
     * Finite animations still running (a dialog fading in, an overlay opening), shadow trees included. Axe
     * measures colours as they are painted, so a scan in mid-fade finds a label at 1.9:1 that ends at AA.
     */
    private static final String ANIMATIONS_DONE = """
            () => document.getAnimations().every(a => a.playState !== 'running'
                || !a.effect || a.effect.getComputedTiming().iterations === Infinity)""";

    static void assertNoSeriousViolations(Page page, String pageName) {
        try {
            page.waitForFunction(ANIMATIONS_DONE, null, new Page.WaitForFunctionOptions().setTimeout(5_000));
        } catch (TimeoutError stillMoving) {
            // Scan anyway: an animation that never ends is the page's, and axe says what it sees.
        }
        AxeResults results = new AxeBuilder(page).analyze();
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not scan " + pageName + ": " + results.getErrorMessage());
        }
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact()))
                .toList();
        List<Rule> minor = results.getViolations().stream()
                .filter(rule -> !BLOCKING.contains(rule.getImpact()))
                .toList();
        if (!minor.isEmpty()) {
            System.out.println("axe-core on " + pageName + ", not blocking:\n" + describe(minor));
        }
        if (!blocking.isEmpty()) {
            throw new AssertionError("axe-core finds serious or critical violations on " + pageName + " ("
                    + page.url() + "):\n" + describe(blocking));
        }
    }

    private static String describe(List<Rule> rules) {
        return rules.stream()
                .map(rule -> "  [" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getHelp() + " (" + rule.getHelpUrl()
                        + ")\n" + rule.getNodes().stream().map(Accessibility::describe).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    private static String describe(CheckedNode node) {
        String html = node.getHtml() == null ? "" : node.getHtml();
        String summary = node.getFailureSummary() == null ? "" : node.getFailureSummary().replace("\n", " / ");
        return "      " + node.getTarget() + " " + (html.length() > 160 ? html.substring(0, 160) + "..." : html)
                + "\n        " + summary;
    }
}
