package app.journal.adapter.crypto.bench;

import app.journal.adapter.crypto.Argon2PasswordHasher;
import app.journal.adapter.crypto.Argon2Settings;
import app.journal.domain.user.PasswordHash;
import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Cost of one Argon2id hash and one verification with the default settings (m=19456, t=2, p=1),
 * single-threaded, each fork a fresh JVM, and password4j's hash (what Journal used before its own
 * Argon2) for comparison. The "one hash" that benchmarks/README.md compares a login's server CPU with.
 * Not a test: surefire never runs it. Run it with {@link #main} (or benchmarks/argon2-jmh.sh):
 *
 * <pre>
 * ./mvnw -B -o -pl adapters-crypto -am test-compile dependency:build-classpath \
 *     -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
 * java -Xmx256m -cp adapters-crypto/target/test-classes:adapters-crypto/target/classes:$(cat adapters-crypto/target/bench.classpath) \
 *     app.journal.adapter.crypto.bench.Argon2HashBenchmark [--forks N] [--threads N]
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class Argon2HashBenchmark {

    private static final String PASSWORD = "plum violet harbour 9";

    private Argon2PasswordHasher hasher;
    private PasswordHash stored;
    private Argon2Function password4j;
    private byte[] salt;

    @Setup
    public void setUp() {
        hasher = new Argon2PasswordHasher(Argon2Settings.defaults());
        stored = hasher.hash(PASSWORD);
        password4j = Argon2Function.getInstance(Argon2Settings.DEFAULT_MEMORY_KIB, Argon2Settings.DEFAULT_ITERATIONS,
                Argon2Settings.DEFAULT_PARALLELISM, Argon2Settings.DEFAULT_HASH_LENGTH, Argon2.ID, 19);
        salt = "sixteen byte slt".getBytes(StandardCharsets.US_ASCII);
    }

    @Benchmark
    public PasswordHash hash() {
        return hasher.hash(PASSWORD);
    }

    @Benchmark
    public boolean verify() {
        return hasher.verify(PASSWORD, stored);
    }

    @Benchmark
    public Object password4jHash() {
        return password4j.hash(PASSWORD.getBytes(StandardCharsets.UTF_8), salt);
    }

    public static void main(String[] args) throws RunnerException {
        var arguments = Arrays.asList(args);
        int forks = arguments.contains("--forks") ? Integer.parseInt(arguments.get(arguments.indexOf("--forks") + 1)) : 3;
        // --threads 2: two hashes at once, as the server's two hashing slots run them (they share caches).
        int threads = arguments.contains("--threads") ? Integer.parseInt(arguments.get(arguments.indexOf("--threads") + 1)) : 1;
        var options = new OptionsBuilder()
                .include(Argon2HashBenchmark.class.getName() + "\\.")
                .forks(forks)
                .threads(threads)
                .jvmArgsAppend("-Xmx256m")
                .warmupIterations(2)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(3)
                .measurementTime(TimeValue.seconds(2))
                .mode(Mode.AverageTime)
                .timeUnit(TimeUnit.MILLISECONDS)
                .build();
        new Runner(options).run();
    }
}
