package org.b2b.customers.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The architecture rules, checked on every class of the library as the build produced it (tests left out). */
class ArchitectureTest {

    /** The adapters' test jars, which the end-to-end tests use; ArchUnit's own option knows test folders only. */
    private static final ImportOption DO_NOT_INCLUDE_TEST_JARS = location -> !location.contains("-tests.jar");

    private static final JavaClasses LIBRARY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(DO_NOT_INCLUDE_TEST_JARS)
            .importPackages("org.b2b.customers");

    @Test
    void the_rules_see_the_real_domain_application_and_testkit() {
        assertThat(LIBRARY.stream().map(JavaClass::getName)).contains(
                "org.b2b.customers.domain.company.Company",
                "org.b2b.customers.domain.access.Role",
                "org.b2b.customers.application.CustomerManagement",
                "org.b2b.customers.application.company.CreateCompanyService",
                "org.b2b.customers.testkit.InMemorySystem");
        assertThat(LIBRARY.stream().map(JavaClass::getPackageName)).noneMatch(p -> p.contains("archfixture"));
    }

    @Test
    void the_domain_depends_on_java_and_guava_only() {
        ArchitectureRules.DOMAIN_DEPENDS_ON_JAVA_AND_GUAVA_ONLY.check(LIBRARY);
    }

    @Test
    void the_application_depends_on_the_domain_and_the_validation_api_only() {
        ArchitectureRules.APPLICATION_DEPENDS_ON_DOMAIN_AND_VALIDATION_API_ONLY.check(LIBRARY);
    }

    @Test
    void the_domain_does_not_know_the_outer_layers() {
        ArchitectureRules.DOMAIN_DOES_NOT_KNOW_THE_OUTER_LAYERS.check(LIBRARY);
    }

    @Test
    void the_application_does_not_know_adapters_or_the_testkit() {
        ArchitectureRules.APPLICATION_DOES_NOT_KNOW_ADAPTERS_OR_TESTKIT.check(LIBRARY);
    }

    @Test
    void adapters_do_not_know_each_other_or_the_testkit() {
        ArchitectureRules.ADAPTERS_DO_NOT_KNOW_EACH_OTHER_OR_THE_TESTKIT.check(LIBRARY);
    }

    @Test
    void only_bootstrap_and_the_testkit_depend_on_adapters() {
        ArchitectureRules.ONLY_BOOTSTRAP_AND_TESTKIT_DEPEND_ON_ADAPTERS.check(LIBRARY);
    }

    @Test
    void only_bootstrap_and_the_testkit_wire_the_use_cases() {
        ArchitectureRules.ONLY_BOOTSTRAP_AND_TESTKIT_WIRE_THE_USE_CASES.check(LIBRARY);
    }

    @Test
    void nothing_depends_on_bootstrap() {
        ArchitectureRules.NOTHING_DEPENDS_ON_BOOTSTRAP.check(LIBRARY);
    }

    @Test
    void services_are_package_private() {
        ArchitectureRules.SERVICES_ARE_PACKAGE_PRIVATE.check(LIBRARY);
    }

    @Test
    void each_use_case_has_its_namesake_service() {
        ArchitectureRules.EACH_USE_CASE_HAS_ITS_NAMESAKE_SERVICE.check(LIBRARY);
    }

    @Test
    void support_serves_the_application_only() {
        ArchitectureRules.SUPPORT_SERVES_THE_APPLICATION_ONLY.check(LIBRARY);
    }

    @Test
    void driven_ports_do_not_know_services_or_support() {
        ArchitectureRules.DRIVEN_PORTS_DO_NOT_KNOW_SERVICES_OR_SUPPORT.check(LIBRARY);
    }

    @Test
    void domain_packages_are_free_of_cycles() {
        ArchitectureRules.DOMAIN_PACKAGES_ARE_FREE_OF_CYCLES.check(LIBRARY);
    }

    @Test
    void application_features_are_free_of_cycles() {
        ArchitectureRules.APPLICATION_FEATURES_ARE_FREE_OF_CYCLES.check(LIBRARY);
    }

    @Test
    void no_class_has_a_vague_name() {
        ArchitectureRules.NO_VAGUE_NAMES.check(LIBRARY);
    }
}
