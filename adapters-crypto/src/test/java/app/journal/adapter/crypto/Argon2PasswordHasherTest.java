package app.journal.adapter.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.application.port.out.PasswordHasher.HashingBusyException;
import app.journal.domain.user.PasswordHash;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class Argon2PasswordHasherTest {

    private static final String PASSWORD = "plum violet harbour 9";

    /** From the Argon2 reference implementation's tests (phc-winner-argon2, src/test.c). */
    private static final PasswordHash REFERENCE_ARGON2ID_M256 = new PasswordHash(
            "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4");
    private static final PasswordHash REFERENCE_ARGON2I_M65536 = new PasswordHash(
            "$argon2i$v=19$m=65536,t=2,p=1$ZGlmZnNhbHQ$sDV8zPvvkfOGCw26RHsjSMvv7K2vmQq/6cxAcmxSEnE");

    private static final Argon2PasswordHasher hasher = new Argon2PasswordHasher(Argon2Settings.defaults());
    private static final ExecutorService otherThread = Executors.newSingleThreadExecutor();

    @AfterAll
    static void stopThread() {
        otherThread.shutdownNow();
    }

    @Test
    void hash_is_a_phc_argon2id_string_with_the_default_cost() {
        var hash = hasher.hash(PASSWORD);

        assertThat(hash.value()).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    }

    @Test
    void the_right_password_verifies_against_its_hash() {
        assertThat(hasher.verify(PASSWORD, hasher.hash(PASSWORD))).isTrue();
    }

    @Test
    void a_wrong_password_does_not_verify() {
        var hash = hasher.hash(PASSWORD);

        assertThat(hasher.verify("plum violet harbour 8", hash)).isFalse();
        assertThat(hasher.verify(PASSWORD + " ", hash)).isFalse();
    }

    @Test
    void two_hashes_of_one_password_differ_because_each_has_its_own_salt() {
        var first = hasher.hash(PASSWORD);
        var second = hasher.hash(PASSWORD);

        assertThat(first.value()).isNotEqualTo(second.value());
        assertThat(salt(first)).isNotEqualTo(salt(second));
        assertThat(hasher.verify(PASSWORD, first)).isTrue();
        assertThat(hasher.verify(PASSWORD, second)).isTrue();
    }

    @Test
    void non_ascii_passwords_round_trip() {
        var password = "Grüße, 東京の夜 🌙 çà";

        assertThat(hasher.verify(password, hasher.hash(password))).isTrue();
        assertThat(hasher.verify("Grüsse, 東京の夜 🌙 çà", hasher.hash(password))).isFalse();
    }

    @Test
    void hashes_from_the_argon2_reference_implementation_verify() {
        assertThat(hasher.verify("password", REFERENCE_ARGON2ID_M256)).isTrue();
        assertThat(hasher.verify("differentpassword", REFERENCE_ARGON2ID_M256)).isFalse();
        assertThat(hasher.verify("password", REFERENCE_ARGON2I_M65536)).isTrue();
    }

    @Test
    void a_hash_made_with_less_memory_needs_a_rehash_but_still_verifies() {
        var weaker = new Argon2PasswordHasher(Argon2Settings.defaults().withCost(4096, 2, 1));
        var old = weaker.hash(PASSWORD);

        assertThat(old.value()).startsWith("$argon2id$v=19$m=4096,t=2,p=1$");
        assertThat(hasher.needsRehash(old)).isTrue();
        assertThat(hasher.verify(PASSWORD, old)).isTrue();
    }

    @Test
    void a_hash_made_with_the_current_settings_needs_no_rehash() {
        assertThat(hasher.needsRehash(hasher.hash(PASSWORD))).isFalse();
    }

    @Test
    void fewer_iterations_or_lanes_or_another_argon2_type_need_a_rehash() {
        assertThat(hasher.needsRehash(new PasswordHash(
                "$argon2id$v=19$m=19456,t=1,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4"))).isTrue();
        var twoLanes = new Argon2PasswordHasher(Argon2Settings.defaults().withCost(19456, 2, 2));
        assertThat(twoLanes.needsRehash(hasher.hash(PASSWORD))).isTrue();
        assertThat(hasher.needsRehash(REFERENCE_ARGON2I_M65536)).isTrue();
    }

    @Test
    void a_stronger_hash_needs_no_rehash() {
        assertThat(hasher.needsRehash(new PasswordHash(
                "$argon2id$v=19$m=65536,t=3,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4"))).isFalse();
    }

    @Test
    void a_malformed_hash_needs_a_rehash_and_never_verifies() {
        for (var malformed : new String[] {"not a hash", "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy",
                "$argon2id$v=19$m=19456,t=2$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
                "$argon2id$v=19$m=99999999,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4"}) {
            var hash = new PasswordHash(malformed);

            assertThat(hasher.needsRehash(hash)).as(malformed).isTrue();
            assertThat(hasher.verify("password", hash)).as(malformed).isFalse();
        }
    }

    @Test
    void verifying_against_the_dummy_takes_a_hashing_slot_like_a_real_verification() {
        var oneSlot = new Argon2PasswordHasher(Argon2Settings.defaults().withConcurrency(1, Duration.ofMillis(1)));

        oneSlot.verifyAgainstDummy(PASSWORD);

        assertThat(whileTheOnlySlotIsHeld(oneSlot, () -> oneSlot.verifyAgainstDummy(PASSWORD)))
                .isInstanceOf(HashingBusyException.class);
    }

    @Test
    void with_every_slot_taken_hash_and_verify_fail_fast_as_busy() throws Exception {
        var oneSlot = new Argon2PasswordHasher(Argon2Settings.defaults().withConcurrency(1, Duration.ofMillis(1)));
        var hash = oneSlot.hash(PASSWORD);

        assertThat(whileTheOnlySlotIsHeld(oneSlot, () -> oneSlot.hash(PASSWORD)))
                .isInstanceOf(HashingBusyException.class);
        assertThat(whileTheOnlySlotIsHeld(oneSlot, () -> oneSlot.verify(PASSWORD, hash)))
                .isInstanceOf(HashingBusyException.class);

        // The slot is free again once its holder is done.
        assertThat(oneSlot.verify(PASSWORD, oneSlot.hash(PASSWORD))).isTrue();
    }

    @Test
    void admission_lets_in_two_per_slot_and_refuses_the_next_at_once_without_waiting() {
        var oneSlot = new Argon2PasswordHasher(Argon2Settings.defaults().withConcurrency(1, Duration.ofSeconds(30)));
        var first = oneSlot.admit();
        var second = oneSlot.admit();

        long start = System.nanoTime();
        assertThatThrownBy(oneSlot::admit).isInstanceOf(HashingBusyException.class);
        // Refused without waiting for the (30 s) slot timeout; generous bound for a busy machine.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));

        first.close();
        first.close(); // a second close gives nothing back twice
        var third = oneSlot.admit();
        assertThatThrownBy(oneSlot::admit).isInstanceOf(HashingBusyException.class);
        second.close();
        third.close();
        try (var again = oneSlot.admit(); var andAgain = oneSlot.admit()) {
            assertThat(again).isNotSameAs(andAgain);
        }
    }

    @Test
    void an_admitted_caller_waits_for_the_slot_beyond_the_acquire_timeout() throws Exception {
        var oneSlot = new Argon2PasswordHasher(Argon2Settings.defaults().withConcurrency(1, Duration.ofMillis(1)));
        var held = new CountDownLatch(1);
        var holder = otherThread.submit(() -> oneSlot.withSlot(() -> {
            held.countDown();
            sleepQuietly(300);
            return null;
        }));
        assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();

        try (var admitted = oneSlot.admit()) {
            assertThat(oneSlot.verify(PASSWORD, oneSlot.hash(PASSWORD))).isTrue();
        }
        holder.get(30, TimeUnit.SECONDS);
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void hashes_written_by_password4j_before_still_verify() {
        // Made with password4j 1.8.4 (Argon2Function m=19456, t=2, p=1, 32 bytes) before our own Argon2.
        var password4j = com.password4j.Argon2Function.getInstance(19_456, 2, 1, 32, com.password4j.types.Argon2.ID, 19);
        var stored = new PasswordHash(password4j.hash(PASSWORD.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "sixteen byte slt".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).getResult());

        assertThat(stored.value()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hasher.verify(PASSWORD, stored)).isTrue();
        assertThat(hasher.verify(PASSWORD + "!", stored)).isFalse();
        assertThat(hasher.needsRehash(stored)).isFalse();
    }

    @Test
    void a_hash_with_broken_base64_is_a_mismatch_not_an_error() {
        var broken = new PasswordHash("$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQx$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4A");

        assertThat(hasher.verify(PASSWORD, broken)).isFalse();
    }

    @Test
    void a_failure_while_hashing_gives_the_slot_back() {
        var oneSlot = new Argon2PasswordHasher(Argon2Settings.defaults().withConcurrency(1, Duration.ofMillis(1)));

        assertThatThrownBy(() -> oneSlot.withSlot(() -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(oneSlot.verify(PASSWORD, oneSlot.hash(PASSWORD))).isTrue();
    }

    @Test
    void an_interrupted_caller_gets_busy_and_keeps_its_interrupt_flag() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> hasher.hash(PASSWORD)).isInstanceOf(HashingBusyException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    /** Holds the hasher's only slot from another thread while {@code attempt} runs here; returns what it threw. */
    private static Throwable whileTheOnlySlotIsHeld(Argon2PasswordHasher oneSlot, Runnable attempt) {
        var held = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var holder = otherThread.submit(() -> oneSlot.withSlot(() -> {
            held.countDown();
            awaitQuietly(release);
            return null;
        }));
        try {
            assertThat(held.await(30, TimeUnit.SECONDS)).as("the other thread holds the slot").isTrue();
            try {
                attempt.run();
                return new AssertionError("expected the attempt to be refused");
            } catch (RuntimeException refused) {
                return refused;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            release.countDown();
            try {
                holder.get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String salt(PasswordHash hash) {
        return hash.value().split("\\$")[4];
    }
}
