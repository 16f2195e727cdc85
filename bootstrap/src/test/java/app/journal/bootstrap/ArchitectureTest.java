package app.journal.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hexagon's dependency rules, checked on the compiled main classes of every module. */
class ArchitectureTest {

    private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");

    private static JavaClasses journal;

    @BeforeAll
    static void importJournal() {
        journal = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // ArchUnit's own option knows test-classes folders, not the other modules' test-jars
                // (journal-*-tests.jar) that this module's tests use: their fixtures are not main code.
                .withImportOption(location -> !location.matches(TEST_JAR))
                .importPackages("app.journal");
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

    /**
     * Issue 17's allowed arrows: the administrators' use cases may use the account, session and two-step services
     * (and the ports), never the journal's; and nothing but their REST adapter, the problem mapping and the wiring
     * may use them. Any other arrow into or out of the admin packages fails here.
     */
    @Test
    void administrators_use_cases_use_accounts_sessions_and_factors_and_nothing_uses_them() {
        classes().that().resideInAPackage("app.journal.application.service.admin..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.jspecify..", "app.journal.domain..", "app.journal.application.port",
                        "app.journal.application.port.in", "app.journal.application.port.in.account..",
                        "app.journal.application.port.in.session..", "app.journal.application.port.in.mfa..",
                        "app.journal.application.port.in.admin..", "app.journal.application.port.out..",
                        "app.journal.application.service", "app.journal.application.service.account..",
                        "app.journal.application.service.session..", "app.journal.application.service.mfa..",
                        "app.journal.application.service.admin..")
                .check(journal);
        noClasses().that().resideOutsideOfPackages("app.journal.application.service.admin..",
                        "app.journal.application.port.in.admin..", "app.journal.adapter.rest.admin..",
                        "app.journal.adapter.rest.problem..", "app.journal.bootstrap..")
                .should().dependOnClassesThat().resideInAnyPackage("app.journal.application.service.admin..",
                        "app.journal.application.port.in.admin..")
                .check(journal);
    }

    /** The no-contents rule, by construction: nothing of the administrators' reaches an entry. */
    @Test
    void nothing_of_the_administrators_depends_on_the_journal() {
        noClasses().that().resideInAnyPackage("app.journal.application.service.admin..",
                        "app.journal.application.port.in.admin..", "app.journal.adapter.rest.admin..")
                .should().dependOnClassesThat().resideInAnyPackage("app.journal.application.port.in.journal..",
                        "app.journal.application.service.journal..", "app.journal.domain.entry..",
                        "app.journal.adapter.rest.entries..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(
                        "app.journal.application.port.out.JournalEntries")
                .check(journal);
    }

    /**
     * Every handler under /api/admin takes an AdminCaller, which only AdminCallerResolver makes (after asking
     * AdminAccess about the account's state now): a handler without one is unguarded and fails the build.
     */
    @Test
    void every_administrators_route_is_guarded() {
        int adminHandlers = 0;
        var unguarded = new java.util.ArrayList<String>();
        for (var javaClass : journal) {
            if (!javaClass.isAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                    && !javaClass.isAnnotatedWith(org.springframework.stereotype.Controller.class)) {
                continue;
            }
            var type = javaClass.reflect();
            var classMapping = org.springframework.core.annotation.AnnotatedElementUtils.findMergedAnnotation(type,
                    org.springframework.web.bind.annotation.RequestMapping.class);
            var prefixes = classMapping == null || classMapping.path().length == 0 ? new String[] {""}
                    : classMapping.path();
            for (var method : type.getDeclaredMethods()) {
                var mapping = org.springframework.core.annotation.AnnotatedElementUtils.findMergedAnnotation(method,
                        org.springframework.web.bind.annotation.RequestMapping.class);
                if (mapping == null) {
                    continue;
                }
                var paths = mapping.path().length == 0 ? new String[] {""} : mapping.path();
                boolean admin = java.util.Arrays.stream(prefixes).anyMatch(prefix -> java.util.Arrays.stream(paths)
                        .anyMatch(path -> (prefix + path).startsWith("/api/admin")));
                if (!admin) {
                    continue;
                }
                adminHandlers++;
                if (java.util.Arrays.stream(method.getParameterTypes())
                        .noneMatch(t -> t == app.journal.application.port.in.admin.AdminCaller.class)) {
                    unguarded.add(type.getName() + "#" + method.getName());
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(adminHandlers).as("administrators' handlers found").isPositive();
        org.assertj.core.api.Assertions.assertThat(unguarded).as("handlers under /api/admin without an AdminCaller")
                .isEmpty();
    }
}
