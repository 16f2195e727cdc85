package app.journal.adapter.crypto.bench;

import app.journal.adapter.crypto.Argon2PasswordHasher;
import app.journal.adapter.crypto.Argon2Settings;
import app.journal.domain.user.PasswordHash;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Cost of one Argon2id hash and one verification with the default settings (m=19456, t=2, p=1),
 * single-threaded, each fork a fresh JVM (the JIT's inlining choices differ between JVM starts,
 * see {@code Argon2JitDirectives}). Not a test: surefire never runs it. Run it with {@link #main}:
 *
 * <pre>
 * ./mvnw -B -o -pl adapters-crypto test-compile dependency:build-classpath \
 *     -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
 * java -cp adapters-crypto/target/test-classes:adapters-crypto/target/classes:$(cat adapters-crypto/target/bench.classpath) \
 *     app.journal.adapter.crypto.bench.Argon2HashBenchmark [--without-jit-directives] [--forks N]
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class Argon2HashBenchmark {

    private static final String PASSWORD = "plum violet harbour 9";

    /** "false" measures password4j as the JIT leaves it on its own, for comparison. */
    @Param("true")
    public boolean jitDirectives;

    private Argon2PasswordHasher hasher;
    private PasswordHash stored;

    @Setup
    public void setUp() {
        hasher = new Argon2PasswordHasher(Argon2Settings.defaults().withJitDirectives(jitDirectives));
        stored = hasher.hash(PASSWORD);
    }

    @Benchmark
    public PasswordHash hash() {
        return hasher.hash(PASSWORD);
    }

    @Benchmark
    public boolean verify() {
        return hasher.verify(PASSWORD, stored);
    }

    public static void main(String[] args) throws RunnerException {
        var arguments = Arrays.asList(args);
        int forks = arguments.contains("--forks") ? Integer.parseInt(arguments.get(arguments.indexOf("--forks") + 1)) : 5;
        var options = new OptionsBuilder()
                .include(Argon2HashBenchmark.class.getName() + "\\.")
                .param("jitDirectives", String.valueOf(!arguments.contains("--without-jit-directives")))
                .forks(forks)
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
