package app.journal.adapter.crypto;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javax.management.ObjectName;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes HotSpot always inline password4j's Argon2 mixing functions.
 *
 * <p>Without this, C2 sometimes declines to inline {@code Argon2Function::f} ("too big", depending
 * on what got compiled first) and the hash runs about three times slower for the whole life of that
 * JVM. The command-line fix is {@code -XX:CompileCommand=inline,com.password4j.Argon2Function::f}
 * (and {@code ::fBlaMka}, {@code ::rotr64}, {@code ::roundFunction}); this class adds the
 * equivalent compiler directive (JEP 165) at run time through the {@code DiagnosticCommand} MBean
 * ({@code jcmd <pid> Compiler.directives_add}), so every way of starting Journal gets it. It needs no
 * {@code -XX:+UnlockDiagnosticVMOptions} (only the start-up flag {@code -XX:CompilerDirectivesFile}
 * does). It must run before those methods are compiled, i.e. before the first hash.
 *
 * <p>JVM-wide and idempotent: the directive is added at most once per JVM. Never throws: on a JVM
 * without the MBean (OpenJ9, a runtime image without {@code jdk.management}) it logs a warning.
 */
final class Argon2JitDirectives {

    private static final Logger log = LoggerFactory.getLogger(Argon2JitDirectives.class);

    /** The compiler directive: while compiling any Argon2Function method, force-inline the core. */
    static final String DIRECTIVES = """
            [
              {
                match: "com/password4j/Argon2Function.*",
                inline: [
                  "+com/password4j/Argon2Function.f",
                  "+com/password4j/Argon2Function.fBlaMka",
                  "+com/password4j/Argon2Function.rotr64",
                  "+com/password4j/Argon2Function.roundFunction"
                ]
              }
            ]
            """;

    private static final String DIAGNOSTIC_COMMAND = "com.sun.management:type=DiagnosticCommand";
    private static final Pattern ADDED = Pattern.compile("(?m)^\\s*([1-9]\\d*) compiler directives added");

    enum Outcome { INSTALLED, UNAVAILABLE }

    private static @Nullable Outcome outcome;

    private Argon2JitDirectives() {
    }

    /** Adds the directive once per JVM; later calls return the first outcome. */
    static synchronized Outcome install() {
        if (outcome == null) {
            outcome = tryInstall();
        }
        return outcome;
    }

    private static Outcome tryInstall() {
        Path file = null;
        try {
            file = Files.createTempFile("journal-argon2-directives-", ".json");
            Files.writeString(file, DIRECTIVES);
            var answer = String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName(DIAGNOSTIC_COMMAND), "compilerDirectivesAdd",
                    new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()}));
            if (ADDED.matcher(answer).find()) {
                log.info("Installed JIT inlining directives for password4j's Argon2 (steady hashing speed)");
                return Outcome.INSTALLED;
            }
            log.warn("The JVM refused the JIT inlining directives for password4j's Argon2 ({}); password hashing may "
                    + "run up to 3x slower. Workaround: -XX:CompileCommand=inline,com.password4j.Argon2Function::f",
                    answer.strip().replace('\n', ' '));
            return Outcome.UNAVAILABLE;
        } catch (Exception | LinkageError e) {
            log.warn("Could not install JIT inlining directives for password4j's Argon2 ({}); password hashing may "
                    + "run up to 3x slower. Workaround: -XX:CompileCommand=inline,com.password4j.Argon2Function::f",
                    e.toString());
            return Outcome.UNAVAILABLE;
        } finally {
            deleteQuietly(file);
        }
    }

    private static void deleteQuietly(@Nullable Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (Exception e) {
            file.toFile().deleteOnExit();
        }
    }
}
