package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.test.context.TestPropertySource;

/**
 * Issue 17's API tests: {@link #BOSS}, {@link #DEPUTY} and a1..a8@admin.example.org are in {@code journal.admin.emails}, so they become
 * administrators at their first sign-in; {@link #administrator} also turns two-step verification on (required by
 * default) and confirms the session, as every changing action needs.
 */
@TestPropertySource(properties = {"journal.admin.emails=Boss@example.org, deputy@example.org,"
        + "a1@admin.example.org,a2@admin.example.org,a3@admin.example.org,a4@admin.example.org,"
        + "a5@admin.example.org,a6@admin.example.org,a7@admin.example.org,a8@admin.example.org",
        "journal.rate-limits.reauth-per-account.limit=1000", "journal.rate-limits.reauth-per-account.window=1h"})
abstract class AdminApiTestBase extends TwoStepApiTestBase {

    static final String BOSS = "boss@example.org";
    static final String DEPUTY = "deputy@example.org";

    /** A signed-in administrator with two-step verification on and a confirmed session. */
    Enrolled administrator(String email) {
        var admin = enrolled(email);
        forgetUsedSteps(email);
        assertThat(confirm(admin.access(), PASSWORD, codeAt(admin.secret(), 0)).status()).isEqualTo(200);
        return admin;
    }

    static void forgetUsedSteps(String email) {
        try {
            TwoStepApiTestBase.forgetUsedSteps(email);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value of {@code journal_admin_actions_total} for one action, as Prometheus is served it (0 before the first). */
    double adminActions(String action) {
        var scrape = get("/actuator/prometheus", null);
        assertThat(scrape.status()).isEqualTo(200);
        var prefix = "journal_admin_actions_total{action=\"" + action + "\"} ";
        return scrape.body().lines().filter(line -> line.startsWith(prefix))
                .mapToDouble(line -> Double.parseDouble(line.substring(prefix.length()))).findFirst().orElse(0);
    }

    Response delete(String path, String json, String bearer) {
        return send("DELETE", path, json, bearer);
    }
}
