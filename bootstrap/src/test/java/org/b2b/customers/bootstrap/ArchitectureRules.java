package org.b2b.customers.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.Arrays;
import java.util.List;
import org.b2b.customers.application.CustomerManagement;

/**
 * The architecture as ArchUnit rules over the real package names, defined once so that the test of the real
 * classes and the test that plants violations check the very same rule objects.
 */
final class ArchitectureRules {

    static final String BASE = "org.b2b.customers..";
    static final String DOMAIN = "org.b2b.customers.domain..";
    static final String APPLICATION = "org.b2b.customers.application..";
    static final String DRIVEN_PORTS = "org.b2b.customers.application.port.out..";
    static final String SUPPORT = "org.b2b.customers.application.support..";
    static final String TESTKIT = "org.b2b.customers.testkit..";
    static final String BOOTSTRAP = "org.b2b.customers.bootstrap..";
    static final String PERSISTENCE = "org.b2b.customers.persistence..";
    static final String MAIL = "org.b2b.customers.mail..";
    static final String WEB = "org.b2b.customers.web..";
    static final String PASSWORD_SCREEN = "org.b2b.customers.passwordscreen..";
    static final String[] ADAPTERS = {PERSISTENCE, MAIL, WEB, PASSWORD_SCREEN};

    /** javax.crypto is part of the JDK (java.base): the domain derives registration links with an HMAC. */
    static final ArchRule DOMAIN_DEPENDS_ON_JAVA_AND_GUAVA_ONLY = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", "com.google.common..", DOMAIN)
            .because("the domain is embedded by other teams' services and must bring nothing but Guava along")
            .allowEmptyShould(false);

    static final ArchRule APPLICATION_DEPENDS_ON_DOMAIN_AND_VALIDATION_API_ONLY = classes()
            .that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", "com.google.common..",
                    "jakarta.validation..", DOMAIN, APPLICATION)
            .because("the use cases are a framework-free API: no persistence, web or mail library reaches them")
            .allowEmptyShould(false);

    static final ArchRule DOMAIN_DOES_NOT_KNOW_THE_OUTER_LAYERS = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(concat(ADAPTERS, APPLICATION, TESTKIT, BOOTSTRAP))
            .because("dependencies point inward")
            .allowEmptyShould(false);

    static final ArchRule APPLICATION_DOES_NOT_KNOW_ADAPTERS_OR_TESTKIT = noClasses()
            .that().resideInAPackage(APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(concat(ADAPTERS, TESTKIT, BOOTSTRAP))
            .because("the application reaches the outside only through its driven ports")
            .allowEmptyShould(false);

    static final ArchRule ADAPTERS_DO_NOT_KNOW_EACH_OTHER_OR_THE_TESTKIT = CompositeArchRule
            .of(adapterKeepsToItself(PERSISTENCE))
            .and(adapterKeepsToItself(MAIL))
            .and(adapterKeepsToItself(WEB))
            .and(adapterKeepsToItself(PASSWORD_SCREEN))
            .because("an adapter can be replaced or left out without touching the others");

    static final ArchRule ONLY_BOOTSTRAP_AND_TESTKIT_DEPEND_ON_ADAPTERS = noClasses()
            .that().resideInAPackage(BASE).and().resideOutsideOfPackages(concat(ADAPTERS, BOOTSTRAP, TESTKIT))
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
            .because("only the wiring chooses adapters")
            .allowEmptyShould(false);

    static final ArchRule ONLY_BOOTSTRAP_AND_TESTKIT_WIRE_THE_USE_CASES = constructors()
            .that().areDeclaredIn(CustomerManagement.class)
            .should().onlyBeCalled().byClassesThat().resideInAnyPackage(BOOTSTRAP, TESTKIT)
            .because("adapters are handed the wired use cases; they never assemble them (a persistence adapter"
                    + " may offer its set of driven ports, which is not wiring use cases)")
            .allowEmptyShould(false);

    static final ArchRule NOTHING_DEPENDS_ON_BOOTSTRAP = noClasses()
            .that().resideInAPackage(BASE).and().resideOutsideOfPackage(BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage(BOOTSTRAP)
            .because("bootstrap is the outermost ring: it knows everything and nothing knows it")
            .allowEmptyShould(false);

    /**
     * A use case's service is reached through its interface, which the feature's public assembly hands out; the
     * compiler keeps a service's class and constructor out of reach, and this rule keeps them package-private.
     */
    static final ArchRule SERVICES_ARE_PACKAGE_PRIVATE = classes()
            .that().resideInAPackage(APPLICATION).and().haveSimpleNameEndingWith("Service")
            .should().notBePublic()
            .because("a use case's service is an implementation detail behind its interface")
            .allowEmptyShould(false);

    /** From a use case's name a reader finds its implementation: {@code InviteMembersUseCase} → {@code InviteMembersService}. */
    static final ArchRule EACH_USE_CASE_HAS_ITS_NAMESAKE_SERVICE = classes()
            .that().resideInAPackage(APPLICATION).and().implement(useCase())
            .should(beNamedAfterTheirOneUseCase())
            .because("one rule leads from a use case to its service")
            .allowEmptyShould(false);

    static final ArchRule SUPPORT_SERVES_THE_APPLICATION_ONLY = classes()
            .that().resideInAPackage(SUPPORT)
            .should().onlyHaveDependentClassesThat().resideInAPackage(APPLICATION)
            .because("what the services share is theirs; adapters get use cases, not the means of building them")
            .allowEmptyShould(false);

    static final ArchRule DRIVEN_PORTS_DO_NOT_KNOW_SERVICES_OR_SUPPORT = noClasses()
            .that().resideInAPackage(DRIVEN_PORTS)
            .should().dependOnClassesThat().resideInAPackage(SUPPORT)
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Service")
            .because("ports are the contract; services implement it")
            .allowEmptyShould(false);

    static final ArchRule DOMAIN_PACKAGES_ARE_FREE_OF_CYCLES = slices()
            .matching("org.b2b.customers.domain.(*)..")
            .should().beFreeOfCycles()
            .because("each aggregate can be read, tested and changed from the ones it builds on");

    static final ArchRule APPLICATION_FEATURES_ARE_FREE_OF_CYCLES = slices()
            .matching("org.b2b.customers.application.(*)..")
            .should().beFreeOfCycles()
            .because("a feature can be read from the features it builds on");

    static final ArchRule NO_VAGUE_NAMES = noClasses()
            .that().resideInAPackage(BASE)
            .should().haveSimpleNameEndingWith("Impl")
            .orShould().haveSimpleNameEndingWith("Manager")
            .orShould().haveSimpleNameEndingWith("Helper")
            .orShould().haveSimpleNameEndingWith("Util")
            .orShould().haveSimpleNameEndingWith("Utils")
            .because("names are the domain's words")
            .allowEmptyShould(false);

    private ArchitectureRules() {}

    private static ArchRule adapterKeepsToItself(String adapter) {
        String[] forbidden = Arrays.stream(concat(ADAPTERS, TESTKIT)).filter(p -> !p.equals(adapter))
                .toArray(String[]::new);
        return noClasses()
                .that().resideInAPackage(adapter)
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .allowEmptyShould(false);
    }

    private static DescribedPredicate<JavaClass> useCase() {
        return DescribedPredicate.describe("a use case", c -> c.getSimpleName().endsWith("UseCase") && c.isInterface());
    }

    private static ArchCondition<JavaClass> beNamedAfterTheirOneUseCase() {
        return new ArchCondition<>("implement one use case and be named after it") {
            @Override
            public void check(JavaClass service, ConditionEvents events) {
                List<String> useCases = service.getAllRawInterfaces().stream().filter(useCase()).map(JavaClass::getSimpleName)
                        .toList();
                String expected = useCases.size() == 1 ? useCases.get(0).replaceFirst("UseCase$", "Service") : null;
                if (!service.getSimpleName().equals(expected)) {
                    events.add(SimpleConditionEvent.violated(service, service.getName() + " implements " + useCases
                            + (expected == null ? ", not exactly one use case" : ", so it is named " + expected)));
                }
            }
        };
    }

    private static String[] concat(String[] packages, String... more) {
        String[] all = Arrays.copyOf(packages, packages.length + more.length);
        System.arraycopy(more, 0, all, packages.length, more.length);
        return all;
    }
}
