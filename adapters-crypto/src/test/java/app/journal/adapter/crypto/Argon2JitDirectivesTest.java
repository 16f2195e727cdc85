package app.journal.adapter.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

class Argon2JitDirectivesTest {

    private static final String OUR_MATCH = "matching: com/password4j/Argon2Function.*";

    @Test
    void the_inlining_directive_reaches_the_compiler_without_diagnostic_vm_options() throws Exception {
        var diagnostics = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        assertThat(diagnostics.getVMOption("UnlockDiagnosticVMOptions").getValue()).isEqualTo("false");

        assertThat(Argon2JitDirectives.install()).isEqualTo(Argon2JitDirectives.Outcome.INSTALLED);

        var active = printDirectives();
        assertThat(active).contains(OUR_MATCH)
                .contains("+com/password4j/Argon2Function.f")
                .contains("+com/password4j/Argon2Function.fBlaMka")
                .contains("+com/password4j/Argon2Function.rotr64")
                .contains("+com/password4j/Argon2Function.roundFunction");
    }

    @Test
    void installing_again_adds_no_second_directive() throws Exception {
        Argon2JitDirectives.install();
        Argon2JitDirectives.install();

        var active = printDirectives();
        assertThat(active.split(java.util.regex.Pattern.quote(OUR_MATCH), -1)).hasSize(2);
    }

    private static String printDirectives() throws Exception {
        return String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
                new Object[] {new String[0]}, new String[] {String[].class.getName()}));
    }
}
