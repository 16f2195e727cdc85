package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;

/**
 * docs/ops: the Prometheus rules and the Grafana dashboard parse, and every metric they use is one
 * Journal really exports, read from a scrape after a login, a failed login, a refresh and a 429.
 */
class OpsDocsTest extends AccountsApiTestBase {

    private static final Path OPS = Path.of("..", "docs", "ops");
    private static final Pattern METRIC = Pattern.compile("\\b((?:auth|http|journal)_[a-z0-9_]+)\\b");
    /** Built by the mail outbox change (issue 11's mail part); not on this branch yet. */
    private static final Set<String> NOT_YET_EXPORTED = Set.of("journal_mail_failed_total",
            "journal_mail_undeliverable_total");

    @SuppressWarnings("unchecked")
    private static List<String> ruleExpressions() throws IOException {
        Map<String, Object> doc = new Yaml().load(Files.readString(OPS.resolve("prometheus-alerts.yml")));
        var expressions = new ArrayList<String>();
        for (var group : (List<Map<String, Object>>) doc.get("groups")) {
            assertThat(group.get("name")).isNotNull();
            for (var rule : (List<Map<String, Object>>) group.get("rules")) {
                assertThat(rule.get("alert")).as("every rule is an alert with a name").isNotNull();
                assertThat(rule.get("expr")).as(rule.get("alert") + " expr").isInstanceOf(String.class);
                assertThat(((Map<String, Object>) rule.get("labels")).get("severity")).isNotNull();
                assertThat((Map<String, Object>) rule.get("annotations")).containsKey("summary");
                expressions.add((String) rule.get("expr"));
            }
        }
        return expressions;
    }

    private static List<String> dashboardExpressions() throws IOException {
        var dashboard = JSON.readTree(Files.readString(OPS.resolve("grafana-journal.json")));
        assertThat(dashboard.get("title").asString()).isEqualTo("Journal");
        var expressions = new ArrayList<String>();
        for (JsonNode panel : dashboard.get("panels")) {
            assertThat(panel.get("targets").isEmpty()).as(panel.get("title") + " has queries").isFalse();
            for (JsonNode target : panel.get("targets")) {
                expressions.add(target.get("expr").asString());
            }
        }
        return expressions;
    }

    private static Set<String> metricsIn(List<String> expressions) {
        var names = new TreeSet<String>();
        for (var expression : expressions) {
            var matcher = METRIC.matcher(expression);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    @Test
    void rules_and_dashboard_cover_what_operators_watch() throws IOException {
        var rules = metricsIn(ruleExpressions());
        var dashboard = metricsIn(dashboardExpressions());

        for (var names : List.of(rules, dashboard)) {
            assertThat(names).contains("auth_refresh_reuse_detected_total", "auth_login_fail_total",
                    "http_server_requests_seconds_count", "auth_password_hash_seconds_bucket",
                    "journal_mail_failed_total", "journal_mail_undeliverable_total");
        }
        assertThat(String.join("\n", ruleExpressions())).contains("status=\"429\"", "status=~\"5..\"",
                "histogram_quantile(0.99");
    }

    @Test
    void every_metric_the_rules_and_dashboard_use_is_exported() throws IOException {
        var email = uniqueEmail();
        var pair = registerVerifyAndLogIn(email);
        assertThat(logIn(email, "not the password at all").status()).isEqualTo(401);
        assertThat(refresh(pair.get("refreshToken").asString()).status()).isEqualTo(200);
        var reused = refresh(pair.get("refreshToken").asString());
        assertThat(reused.status()).as("within the grace window").isIn(200, 401);
        get("/api/entries", "garbage");

        var scrape = get("/actuator/prometheus", null).body();

        var used = new TreeSet<String>(metricsIn(ruleExpressions()));
        used.addAll(metricsIn(dashboardExpressions()));
        used.removeAll(NOT_YET_EXPORTED);
        assertThat(used).isNotEmpty().allSatisfy(name -> assertThat(scrape)
                .as("exported: " + name).containsPattern("(?m)^" + Pattern.quote(name) + "[{ ]"));
        assertThat(scrape).as("hashing is a histogram").contains("auth_password_hash_seconds_bucket{");
        assertThat(scrape).as("HTTP requests are a histogram").contains("http_server_requests_seconds_bucket{");
    }
}
