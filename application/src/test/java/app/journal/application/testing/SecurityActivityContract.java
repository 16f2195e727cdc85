package app.journal.application.testing;

import static app.journal.application.testing.ContractFixtures.T0;
import static app.journal.application.testing.ContractFixtures.registeredUser;
import static org.assertj.core.api.Assertions.assertThat;

import app.journal.application.port.PageRequest;
import app.journal.application.port.out.SecurityActivity;
import app.journal.application.port.out.SecurityActivity.SignInHistory;
import app.journal.application.port.out.Users;
import app.journal.domain.activity.AccountActivity;
import app.journal.domain.activity.ActivityKind;
import app.journal.domain.session.SessionId;
import app.journal.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SecurityActivity} must do: append, count refused sign-ins into one row per
 * window (atomically, under concurrency), tell a new device from a known one, page newest first, purge.
 * Run against {@link InMemorySecurityActivity} and the jOOQ adapter on PostgreSQL.
 */
public abstract class SecurityActivityContract {

    private static final Instant WINDOW = T0;

    protected abstract SecurityActivity securityActivity();

    protected abstract Users users();

    private SecurityActivity activity;
    private Users users;

    @BeforeEach
    void setUpPorts() {
        activity = securityActivity();
        users = users();
    }

    @Test
    void recorded_rows_are_listed_with_every_field_newest_first() {
        UserId ada = registeredUser(users, "ada");
        var session = SessionId.random();
        var signedIn = AccountActivity.signedIn(ada, T0, "Firefox on Windows", "203.0.113.7", session, true);
        var signedOut = AccountActivity.of(ada, T0.plusSeconds(60), ActivityKind.SIGNED_OUT, "Firefox on Windows",
                null, session);
        var verified = AccountActivity.of(ada, T0.minusSeconds(60), ActivityKind.EMAIL_VERIFIED, "Unknown device",
                "198.51.100.1", null);
        activity.record(signedIn);
        activity.record(signedOut);
        activity.record(verified);

        var page = activity.page(ada, T0.minus(Duration.ofDays(1)), new PageRequest(0, 10));

        assertThat(page.items()).containsExactly(signedOut, signedIn, verified);
        assertThat(page.totalItems()).isEqualTo(3);
    }

    @Test
    void page_holds_only_the_owners_rows_since_the_cutoff_page_by_page() {
        UserId ada = registeredUser(users, "ada");
        UserId bob = registeredUser(users, "bob");
        List<AccountActivity> adas = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            var row = AccountActivity.of(ada, T0.plusSeconds(i), ActivityKind.SIGNED_OUT, "d", null, null);
            activity.record(row);
            adas.addFirst(row);
        }
        activity.record(AccountActivity.of(ada, T0.minusSeconds(1), ActivityKind.SIGNED_OUT, "old", null, null));
        activity.record(AccountActivity.of(bob, T0.plusSeconds(2), ActivityKind.SIGNED_OUT, "bob", null, null));

        var first = activity.page(ada, T0, new PageRequest(0, 2));
        var last = activity.page(ada, T0, new PageRequest(2, 2));

        assertThat(first.items()).containsExactly(adas.get(0), adas.get(1));
        assertThat(first.totalItems()).isEqualTo(5);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(last.items()).containsExactly(adas.get(4));
    }

    @Test
    void refused_sign_ins_of_one_window_are_one_row_with_a_count() {
        UserId ada = registeredUser(users, "ada");

        activity.countRefusedSignIn(ada, WINDOW, T0.plusSeconds(1), "Chrome on Linux", "192.0.2.1");
        activity.countRefusedSignIn(ada, WINDOW, T0.plusSeconds(2), "Safari on iPhone", "192.0.2.2");
        activity.countRefusedSignIn(ada, WINDOW, T0.plusSeconds(3), "Safari on iPhone", "192.0.2.3");
        activity.countRefusedSignIn(ada, WINDOW.plus(Duration.ofHours(1)), T0.plus(Duration.ofMinutes(61)),
                "Chrome on Linux", null);

        var rows = activity.page(ada, T0.minusSeconds(1), new PageRequest(0, 10)).items();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).count()).isEqualTo(1);
        var first = rows.get(1);
        assertThat(first.kind()).isEqualTo(ActivityKind.SIGN_IN_REFUSED);
        assertThat(first.count()).isEqualTo(3);
        assertThat(first.at()).isEqualTo(T0.plusSeconds(3));
        assertThat(first.clientIp()).isEqualTo("192.0.2.3");
        assertThat(first.device()).isEqualTo("Safari on iPhone");
    }

    @Test
    void concurrent_refused_sign_ins_are_each_counted_once_in_one_row() throws Exception {
        UserId ada = registeredUser(users, "ada");
        int racers = 8;
        var go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(racers)) {
            for (int i = 0; i < racers; i++) {
                done.add(pool.submit(() -> {
                    go.await(30, TimeUnit.SECONDS);
                    activity.countRefusedSignIn(ada, WINDOW, T0.plusSeconds(5), "d", null);
                    return null;
                }));
            }
            go.countDown();
            for (var f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        }
        var rows = activity.page(ada, T0.minusSeconds(1), new PageRequest(0, 10)).items();
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().count()).isEqualTo(racers);
    }

    @Test
    void sign_in_history_tells_first_known_and_new_devices_apart() {
        UserId ada = registeredUser(users, "ada");
        UserId bob = registeredUser(users, "bob");
        assertThat(activity.signInHistory(ada, "Firefox on Windows")).isEqualTo(SignInHistory.FIRST_SIGN_IN);

        activity.record(AccountActivity.of(ada, T0, ActivityKind.SIGNED_OUT, "Safari on iPhone", null, null));
        activity.record(AccountActivity.signedIn(ada, T0, "Firefox on Windows", null, SessionId.random(), true));
        activity.record(AccountActivity.signedIn(bob, T0, "Chrome on Linux", null, SessionId.random(), true));

        assertThat(activity.signInHistory(ada, "Firefox on Windows")).isEqualTo(SignInHistory.KNOWN_DEVICE);
        assertThat(activity.signInHistory(ada, "Safari on iPhone")).isEqualTo(SignInHistory.NEW_DEVICE);
        assertThat(activity.signInHistory(ada, "Chrome on Linux")).isEqualTo(SignInHistory.NEW_DEVICE);
    }

    @Test
    void purge_deletes_only_rows_older_than_the_cutoff() {
        UserId ada = registeredUser(users, "ada");
        var old = AccountActivity.of(ada, T0.minus(Duration.ofDays(91)), ActivityKind.SIGNED_OUT, "d", null, null);
        var kept = AccountActivity.of(ada, T0.minus(Duration.ofDays(89)), ActivityKind.SIGNED_OUT, "d", null, null);
        activity.record(old);
        activity.record(kept);

        int purged = activity.purgeOlderThan(T0.minus(Duration.ofDays(90)));

        assertThat(purged).isGreaterThanOrEqualTo(1);
        assertThat(activity.page(ada, Instant.EPOCH, new PageRequest(0, 10)).items()).containsExactly(kept);
    }
}
