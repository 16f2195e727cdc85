package app.journal.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** An axe-core scan of the page as it is now (shadow DOM included): no serious or critical violation. */
final class Accessibility {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private Accessibility() {}

    static void assertNoSeriousViolations(Page page, String pageName) {
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
