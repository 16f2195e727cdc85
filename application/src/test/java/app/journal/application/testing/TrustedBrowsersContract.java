package app.journal.application.testing;

import static app.journal.application.testing.ContractFixtures.T0;
import static app.journal.application.testing.ContractFixtures.registeredUser;
import static app.journal.application.testing.PendingSecondStepsContract.randomHash;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.application.port.out.TrustedBrowsers;
import app.journal.application.port.out.TrustedBrowsers.TrustedBrowser;
import app.journal.application.port.out.Users;
import app.journal.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TrustedBrowsers} must do: a mark found by its hash until it expires, listed for its
 * account newest first, removed only by its account, voided per account. Run against
 * {@link InMemoryTrustedBrowsers} and the jOOQ adapter on PostgreSQL.
 */
public abstract class TrustedBrowsersContract {

    private static final Duration THIRTY_DAYS = Duration.ofDays(30);

    protected abstract TrustedBrowsers browsers();

    /** Where the accounts are registered (the real schema has a foreign key). */
    protected abstract Users users();

    private TrustedBrowsers browsers;
    private Users users;

    @BeforeEach
    void setUpPorts() {
        browsers = browsers();
        users = users();
    }

    private TrustedBrowser trusted(UserId user, Instant at) {
        var mark = new TrustedBrowser(UUID.randomUUID(), user, randomHash(), "Firefox on Linux", at, at.plus(THIRTY_DAYS));
        browsers.add(mark);
        return mark;
    }

    @Test
    void a_mark_is_found_by_its_hash_with_every_field_until_it_expires() {
        UserId ada = registeredUser(users, "ada");
        TrustedBrowser mark = trusted(ada, T0);

        assertThat(browsers.find(mark.hash(), T0)).contains(mark);
        assertThat(browsers.find(mark.hash(), mark.expiresAt().minusNanos(1_000))).isPresent();
        assertThat(browsers.find(mark.hash(), mark.expiresAt())).as("expired").isEmpty();
        assertThat(browsers.find(randomHash(), T0)).as("unknown").isEmpty();
    }

    @Test
    void a_hash_marks_one_browser_only() {
        UserId ada = registeredUser(users, "ada");
        TrustedBrowser mark = trusted(ada, T0);

        assertThatThrownBy(() -> browsers.add(new TrustedBrowser(UUID.randomUUID(), registeredUser(users, "bob"),
                mark.hash(), "Chrome on Android", T0, T0.plus(THIRTY_DAYS)))).isInstanceOf(RuntimeException.class);
        assertThat(browsers.find(mark.hash(), T0)).contains(mark);
    }

    @Test
    void an_accounts_live_marks_are_listed_newest_first() {
        UserId ada = registeredUser(users, "ada");
        UserId bob = registeredUser(users, "bob");
        Instant now = T0.plus(Duration.ofDays(40));
        TrustedBrowser old = trusted(ada, T0.plus(Duration.ofDays(15)));
        TrustedBrowser newest = trusted(ada, T0.plus(Duration.ofDays(39)));
        TrustedBrowser expired = trusted(ada, T0);
        TrustedBrowser middle = trusted(ada, T0.plus(Duration.ofDays(20)));
        trusted(bob, T0.plus(Duration.ofDays(39)));

        assertThat(browsers.of(ada, now)).containsExactly(newest, middle, old).doesNotContain(expired);
        assertThat(browsers.of(UserId.random(), now)).isEmpty();
    }

    @Test
    void a_mark_is_removed_only_by_its_account() {
        UserId ada = registeredUser(users, "ada");
        UserId bob = registeredUser(users, "bob");
        TrustedBrowser mark = trusted(ada, T0);

        assertThat(browsers.remove(bob, mark.id())).as("another account's").isFalse();
        assertThat(browsers.find(mark.hash(), T0)).isPresent();
        assertThat(browsers.remove(ada, mark.id())).isTrue();
        assertThat(browsers.remove(ada, mark.id())).isFalse();
        assertThat(browsers.find(mark.hash(), T0)).isEmpty();
    }

    @Test
    void voiding_an_account_removes_all_its_marks_and_no_others() {
        UserId ada = registeredUser(users, "ada");
        UserId bob = registeredUser(users, "bob");
        TrustedBrowser one = trusted(ada, T0);
        trusted(ada, T0.minus(THIRTY_DAYS));
        TrustedBrowser bobs = trusted(bob, T0);

        assertThat(browsers.voidAll(ada)).isEqualTo(2);
        assertThat(browsers.voidAll(ada)).isZero();

        assertThat(browsers.find(one.hash(), T0)).isEmpty();
        assertThat(browsers.of(ada, T0.minus(THIRTY_DAYS))).isEmpty();
        assertThat(browsers.find(bobs.hash(), T0)).contains(bobs);
    }

    @Test
    void the_purge_deletes_what_expired_before_the_cutoff() {
        UserId ada = registeredUser(users, "ada");
        TrustedBrowser gone = trusted(ada, T0.minusSeconds(1));
        TrustedBrowser atCutoff = trusted(ada, T0);

        assertThat(browsers.purgeExpired(T0.plus(THIRTY_DAYS))).isGreaterThanOrEqualTo(1);

        assertThat(browsers.of(ada, T0)).containsExactly(atCutoff).doesNotContain(gone);
    }
}
