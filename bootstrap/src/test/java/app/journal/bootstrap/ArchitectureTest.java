package app.journal.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hexagon's dependency rules, checked on the compiled main classes of every module. */
class ArchitectureTest {

    private static JavaClasses journal;

    @BeforeAll
    static void importJournal() {
        journal = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ArchitectureTest::notFromATestJar)
                .importPackages("app.journal");
    }

    /**
     * The modules' test-jars (persistence's TestDatabase, application's SoftwareAuthenticator and fakes) are on
     * this module's test classpath; their classes are test code like {@code target/test-classes}, which
     * {@code DO_NOT_INCLUDE_TESTS} leaves out only as directories, not as {@code *-tests.jar}.
     */
    private static boolean notFromATestJar(com.tngtech.archunit.core.importer.Location location) {
        return !location.matches(java.util.regex.Pattern.compile(".*-tests\\.jar!?/.*"));
    }

    @Test
    void domain_depends_on_the_jdk_only() {
        // javax.crypto is the JDK's HMAC, which TOTP is computed with (docs/decisions/0015).
        classes().that().resideInAPackage("app.journal.domain..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "javax.crypto..", "org.jspecify..", "app.journal.domain..")
                .check(journal);
    }

    @Test
    void application_depends_on_the_domain_only() {
        classes().that().resideInAPackage("app.journal.application..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.jspecify..", "app.journal.domain..", "app.journal.application..")
                .check(journal);
    }

    @Test
    void persistence_adapter_knows_no_other_adapter() {
        noClasses().that().resideInAPackage("app.journal.adapter.persistence..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("app.journal.adapter.rest..", "app.journal.webui..", "app.journal.bootstrap..")
                .check(journal);
    }

    @Test
    void rest_adapter_knows_no_other_adapter() {
        noClasses().that().resideInAPackage("app.journal.adapter.rest..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("app.journal.adapter.persistence..", "app.journal.webui..", "app.journal.bootstrap..")
                .check(journal);
    }

    @Test
    void web_ui_is_only_a_client_of_the_api() {
        noClasses().that().resideInAPackage("app.journal.webui..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("app.journal.domain..", "app.journal.application..", "app.journal.adapter..",
                        "app.journal.bootstrap..")
                .check(journal);
    }

    @Test
    void generated_jooq_types_stay_inside_the_persistence_adapter() {
        noClasses().that().resideOutsideOfPackage("app.journal.adapter.persistence..")
                .should().dependOnClassesThat().resideInAPackage("app.journal.adapter.persistence.jooq..")
                .check(journal);
    }

    @Test
    void jooq_itself_stays_inside_the_persistence_adapter_and_bootstrap() {
        noClasses().that().resideInAnyPackage("app.journal.domain..", "app.journal.application..",
                        "app.journal.adapter.rest..", "app.journal.webui..")
                .should().dependOnClassesThat().resideInAPackage("org.jooq..")
                .check(journal);
    }

    @Test
    void modules_are_free_of_package_cycles() {
        // Generated jOOQ code references itself in circles by design; it is not ours to arrange.
        slices().matching("app.journal.(**)").should().beFreeOfCycles()
                .check(journal.that(JavaClass.Predicates.resideOutsideOfPackage("app.journal.adapter.persistence.jooq..")));
    }
}
