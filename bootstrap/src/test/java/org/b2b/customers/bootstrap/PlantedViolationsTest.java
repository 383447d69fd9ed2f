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

    private static final JavaClasses PLANTED = new ClassFileImporter().importPackages(
            "org.b2b.customers.domain.archfixture",
            "org.b2b.customers.application.archfixture",
            "org.b2b.customers.persistence.archfixture",
            "org.b2b.customers.web.archfixture",
            "org.b2b.customers.application.service.group");

    @Test
    void the_domain_rules_catch_a_domain_class_that_knows_the_application() {
        assertCaught(ArchitectureRules.DOMAIN_DEPENDS_ON_JAVA_AND_GUAVA_ONLY, "PlantedEntity", "Actor");
        assertCaught(ArchitectureRules.DOMAIN_DOES_NOT_KNOW_THE_OUTER_LAYERS, "PlantedEntity", "Actor");
    }

    @Test
    void the_adapter_rule_catches_an_adapter_that_reaches_into_another() {
        assertCaught(ArchitectureRules.ADAPTERS_DO_NOT_KNOW_EACH_OTHER_OR_THE_TESTKIT, "PlantedRoute", "PlantedRepository");
    }

    @Test
    void the_service_rule_catches_an_adapter_that_bypasses_the_ports() {
        assertCaught(ArchitectureRules.SERVICES_ARE_REACHED_THROUGH_PORTS, "PlantedRoute", "CustomerGroupService");
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
