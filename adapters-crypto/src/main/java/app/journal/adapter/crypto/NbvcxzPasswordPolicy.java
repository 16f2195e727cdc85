package app.journal.adapter.crypto;

import app.journal.application.port.out.PasswordPolicy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.matching.match.Match;
import me.gosimple.nbvcxz.resources.Configuration;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Guessability with nbvcxz (zxcvbn's approach: dictionaries, keyboard patterns, sequences, dates,
 * leet), plus the user's own data (email, its local part, the site name) as an exclusion dictionary.
 *
 * <p>A password is weak when nbvcxz estimates fewer than {@code minimumEntropyBits} bits. The
 * default, {@value #DEFAULT_MINIMUM_ENTROPY_BITS}, is the value nbvcxz's README uses in its
 * configuration example, above the library's built-in floor of 35: with nbvcxz's own estimate of
 * an attacker's rate against Argon2id ({@code OFFLINE_ARGON2_ID}, a USD 20k rig), 35 bits falls in
 * days while 40 bits takes months. It still admits any four-word passphrase or twelve random
 * characters.
 *
 * <p>Thread-safe. The costly part of nbvcxz (loading its dictionaries, about a second of CPU) is done
 * once, on a thread of its own started by {@link #startLoading()} (the application calls it once it is
 * ready, so the load does not compete with the start for the cores) or by the first estimate, which
 * waits for it; the per-user exclusion dictionary needs its own {@link Configuration}, so each call
 * builds a small one around the shared immutable parts and its own {@link Nbvcxz} (cheap; nbvcxz
 * keeps no state between estimates). The password is never logged.
 */
public final class NbvcxzPasswordPolicy implements PasswordPolicy {

    public static final double DEFAULT_MINIMUM_ENTROPY_BITS = 40d;

    static final String TOO_COMMON = "This password is too common.";
    static final String TOO_PERSONAL = "This password is too close to your email address or this site's name.";
    static final String TOO_EASY = "This password is too easy to guess.";

    private static final Logger log = LoggerFactory.getLogger(NbvcxzPasswordPolicy.class);
    private static final String USER_INPUTS = "user_inputs";
    private static final String COMMON_PASSWORDS = "passwords";
    /** Shorter user inputs would match pieces of too many passwords (nbvcxz drops 1-letter words too). */
    private static final int MIN_INPUT_LENGTH = 3;
    /**
     * Cap on nbvcxz's search for the weakest combination of matches. Ordinary passwords finish in a
     * few ms; long repetitive ones (up to 128 characters are allowed) otherwise burn nbvcxz's default
     * 500 ms of CPU per sign-up attempt. Measured: the estimates for such passwords did not change.
     */
    private static final long COMBINATION_TIMEOUT_MS = 100;

    private final double minimumEntropyBits;
    /** nbvcxz's dictionaries and guess types, loaded off the start-up path ({@link #startLoading()}). */
    private final FutureTask<Loaded> loaded;
    private final AtomicBoolean loading = new AtomicBoolean();

    private record Loaded(List<Dictionary> dictionaries, Map<String, Long> guessTypes) {
    }

    public NbvcxzPasswordPolicy() {
        this(DEFAULT_MINIMUM_ENTROPY_BITS);
    }

    public NbvcxzPasswordPolicy(double minimumEntropyBits) {
        if (!(minimumEntropyBits > 0 && minimumEntropyBits <= 128)) {
            throw new IllegalArgumentException("minimumEntropyBits must be in (0, 128]");
        }
        this.minimumEntropyBits = minimumEntropyBits;
        // Loading nbvcxz's dictionaries takes about a second of CPU: not in the constructor, so not on the
        // start-up path (startLoading); the first estimate starts it if nobody has and waits for it.
        this.loaded = new FutureTask<>(() -> {
            long start = System.nanoTime();
            var ready = new Loaded(List.copyOf(ConfigurationBuilder.getDefaultDictionaries()),
                    Map.copyOf(ConfigurationBuilder.getDefaultGuessTypes()));
            new Nbvcxz(configuration(ready, Set.of())).estimate("warm up the matchers 2024");
            log.info("Password policy: nbvcxz, at least {} bits of estimated entropy (ready in {} ms)",
                    minimumEntropyBits, (System.nanoTime() - start) / 1_000_000);
            return ready;
        });
    }

    /**
     * Loads nbvcxz's dictionaries on a daemon thread of their own; only the first call does anything.
     * Journal calls it once the application is ready (docs/decisions/0032-start-up.md).
     */
    public void startLoading() {
        if (loading.compareAndSet(false, true)) {
            Thread.ofPlatform().daemon().name("nbvcxz-load").start(loaded);
        }
    }

    @Override
    public Optional<String> weakness(String password, List<String> userInputs) {
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(userInputs, "userInputs");
        var result = new Nbvcxz(configuration(loaded(), exclusions(userInputs))).estimate(password);
        if (result.getEntropy() >= minimumEntropyBits) {
            return Optional.empty();
        }
        return Optional.of(reason(result));
    }

    private Loaded loaded() {
        startLoading();
        try {
            return loaded.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while nbvcxz's dictionaries load", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("nbvcxz's dictionaries could not be loaded", e.getCause());
        }
    }

    private Configuration configuration(Loaded loaded, Set<String> excludedWords) {
        var dictionaries = new ArrayList<Dictionary>(loaded.dictionaries().size() + 1);
        dictionaries.addAll(loaded.dictionaries());
        if (!excludedWords.isEmpty()) {
            var exclusion = new DictionaryBuilder().setDictionaryName(USER_INPUTS).setExclusion(true);
            excludedWords.forEach(word -> exclusion.addWord(word, 0));
            dictionaries.add(exclusion.createDictionary());
        }
        return new ConfigurationBuilder()
                .setDictionaries(dictionaries)
                .setGuessTypes(loaded.guessTypes())
                .setMinimumEntropy(minimumEntropyBits)
                .setLocale(Locale.ENGLISH)
                .setCombinationAlgorithmTimeout(COMBINATION_TIMEOUT_MS)
                .createConfiguration();
    }

    /**
     * Each input, lower-cased, and the pieces of its name part: "ann.lee" and "ann.lee@example.org"
     * both also give "ann" and "lee" (an address's domain pieces would be noise: "com", "gmail").
     */
    static Set<String> exclusions(List<String> userInputs) {
        var words = new LinkedHashSet<String>();
        for (var input : userInputs) {
            var lower = input.strip().toLowerCase(Locale.ROOT);
            addIfLongEnough(words, lower);
            int at = lower.indexOf('@');
            var name = at < 0 ? lower : lower.substring(0, at);
            for (var piece : name.split("[^\\p{L}\\p{N}]+")) {
                addIfLongEnough(words, piece);
            }
        }
        return words;
    }

    private static void addIfLongEnough(Set<String> words, String word) {
        if (word.codePointCount(0, word.length()) >= MIN_INPUT_LENGTH) {
            words.add(word);
        }
    }

    private static String reason(Result result) {
        int longestCommon = 0;
        for (Match match : result.getMatches()) {
            if (match instanceof DictionaryMatch dictionaryMatch) {
                if (USER_INPUTS.equals(dictionaryMatch.getDictionaryName())) {
                    return TOO_PERSONAL;
                }
                if (COMMON_PASSWORDS.equals(dictionaryMatch.getDictionaryName())) {
                    longestCommon = Math.max(longestCommon, dictionaryMatch.getLength());
                }
            }
        }
        // "Common" when a known password makes up at least half of it ("password1234", "Summer2024!!").
        return 2 * longestCommon >= result.getPassword().length() ? TOO_COMMON : TOO_EASY;
    }
}
