package org.b2b.customers.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * The same rule objects as {@link ArchitectureTest}, run on classes that break them on purpose: a rule that
 * passed here would be one that checks nothing.
 */
class PlantedViolationsTest {

    /** The planted classes, and the real ones that rules name: the use cases' wiring and what the services share. */
    private static final JavaClasses PLANTED = new ClassFileImporter()
            .withImportOption(location -> location.contains("/archfixture") || location.contains("/application/support/")
                    || location.contains("/application/CustomerManagement.class"))
            .importPackages("org.b2b.customers");

    @Test
    void the_domain_rules_catch_a_domain_class_that_knows_the_application() {
        assertCaught(ArchitectureRules.DOMAIN_DEPENDS_ON_JAVA_AND_GUAVA_ONLY, "PlantedEntity", "Actor");
        assertCaught(ArchitectureRules.DOMAIN_DOES_NOT_KNOW_THE_OUTER_LAYERS, "PlantedEntity", "Actor");
    }

    @Test
    void the_application_rules_catch_an_application_class_that_reads_an_adapter() {
        assertCaught(ArchitectureRules.APPLICATION_DEPENDS_ON_DOMAIN_AND_VALIDATION_API_ONLY, "PlantedAddressHelper",
                "PlantedRepository");
        assertCaught(ArchitectureRules.APPLICATION_DOES_NOT_KNOW_ADAPTERS_OR_TESTKIT, "PlantedAddressHelper",
                "PlantedRepository");
        assertCaught(ArchitectureRules.ONLY_BOOTSTRAP_AND_TESTKIT_DEPEND_ON_ADAPTERS, "PlantedAddressHelper",
                "PlantedRepository");
    }

    @Test
    void the_adapter_rule_catches_an_adapter_that_reaches_into_another() {
        assertCaught(ArchitectureRules.ADAPTERS_DO_NOT_KNOW_EACH_OTHER_OR_THE_TESTKIT, "PlantedRoute", "PlantedRepository");
        assertCaught(ArchitectureRules.ADAPTERS_DO_NOT_KNOW_EACH_OTHER_OR_THE_TESTKIT, "PlantedMailer", "PlantedRepository");
        assertCaught(ArchitectureRules.ADAPTERS_DO_NOT_KNOW_EACH_OTHER_OR_THE_TESTKIT, "PlantedScreen", "PlantedRepository");
        assertCaught(ArchitectureRules.ADAPTERS_DO_NOT_KNOW_EACH_OTHER_OR_THE_TESTKIT, "PlantedRepository", "PlantedRoute");
    }

    @Test
    void the_wiring_rules_catch_an_adapter_that_wires_the_use_cases_or_knows_the_bootstrap() {
        assertCaught(ArchitectureRules.ONLY_BOOTSTRAP_AND_TESTKIT_WIRE_THE_USE_CASES, "PlantedRoute", "CustomerManagement");
        assertCaught(ArchitectureRules.NOTHING_DEPENDS_ON_BOOTSTRAP, "PlantedRoute", "Configuration");
    }

    @Test
    void the_service_rules_catch_a_public_service_named_after_nothing() {
        assertCaught(ArchitectureRules.SERVICES_ARE_PACKAGE_PRIVATE, "PlantedInvitationService", "PUBLIC");
        assertCaught(ArchitectureRules.EACH_USE_CASE_HAS_ITS_NAMESAKE_SERVICE, "PlantedInvitationService",
                "InviteMembersService");
    }

    @Test
    void the_support_rules_catch_an_adapter_and_a_port_that_know_what_services_share() {
        assertCaught(ArchitectureRules.SUPPORT_SERVES_THE_APPLICATION_ONLY, "PlantedRoute", "UseCaseSupport");
        assertCaught(ArchitectureRules.DRIVEN_PORTS_DO_NOT_KNOW_SERVICES_OR_SUPPORT, "PlantedPort", "UseCaseSupport");
    }

    @Test
    void the_cycle_rules_catch_two_packages_that_know_each_other() {
        assertCaught(ArchitectureRules.DOMAIN_PACKAGES_ARE_FREE_OF_CYCLES, "PlantedMirror", "PlantedEntity");
        assertCaught(ArchitectureRules.APPLICATION_FEATURES_ARE_FREE_OF_CYCLES, "PlantedMirror", "PlantedAddressHelper");
    }

    @Test
    void the_naming_rule_catches_a_helper() {
        assertCaught(ArchitectureRules.NO_VAGUE_NAMES, "PlantedAddressHelper", "Helper");
    }

    private static void assertCaught(ArchRule rule, String offender, String reason) {
        EvaluationResult result = rule.evaluate(PLANTED);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains(offender) && line.contains(reason));
    }
}
