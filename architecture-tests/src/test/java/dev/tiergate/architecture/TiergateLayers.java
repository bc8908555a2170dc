package dev.tiergate.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * The architecture as rules (docs/adr/0001-hexagonal-modules.md): inner rings never see outer
 * ones, adapters never see each other, and only bootstrap wires.
 */
final class TiergateLayers {

    static final String DOMAIN = "dev.tiergate.domain..";
    static final String APPLICATION = "dev.tiergate.application..";
    static final String PORT_IN = "dev.tiergate.application.port.in..";
    static final String PORT_OUT = "dev.tiergate.application.port.out..";
    static final String SERVICES = "dev.tiergate.application.service..";
    static final String INBOUND = "dev.tiergate.adapter.in..";
    static final String OUTBOUND = "dev.tiergate.adapter.out..";
    static final String BOOTSTRAP = "dev.tiergate.bootstrap..";
    private static final String WHY = " (docs/adr/0001-hexagonal-modules.md)";

    private TiergateLayers() {
    }

    static final ArchRule DOMAIN_IS_PLAIN_JAVA = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java.lang..", "java.util..", "java.time..",
                    "java.math..", "java.text..")
            .because("the domain is the community's rules in plain Java: no framework, driver, I/O or serialiser" + WHY);

    static final ArchRule APPLICATION_DEPENDS_ONLY_ON_DOMAIN = classes().that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAIN, "java..")
            .because("use cases see only the domain and their own ports" + WHY);

    static final ArchRule NO_CLOCK_READS_IN_THE_CORE = noClasses().that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime")
            .orShould().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .because("time comes from an injected Clock, so every rule about time is testable" + WHY);

    static final ArchRule PORTS_ARE_INDEPENDENT = noClasses().that().resideInAPackage(PORT_IN)
            .should().dependOnClassesThat().resideInAPackage(PORT_OUT)
            .orShould().dependOnClassesThat().resideInAPackage(SERVICES)
            .because("input ports describe what the core offers, not what it needs" + WHY);

    static final ArchRule OUTPUT_PORTS_DO_NOT_SEE_INPUT_PORTS = noClasses().that().resideInAPackage(PORT_OUT)
            .should().dependOnClassesThat().resideInAnyPackage(PORT_IN, SERVICES)
            .because("output ports describe what the core needs, not what it offers" + WHY);

    static final ArchRule ADAPTERS_DO_NOT_SEE_EACH_OTHER = slices().matching("dev.tiergate.adapter.(*).(*)..")
            .should().notDependOnEachOther()
            .because("each adapter is replaceable on its own" + WHY);

    static final ArchRule INBOUND_USES_ONLY_INPUT_PORTS = noClasses().that().resideInAPackage(INBOUND)
            .should().dependOnClassesThat().resideInAnyPackage(SERVICES, "dev.tiergate.application.port.out..")
            .because("inbound adapters drive the core through its input ports only" + WHY);

    static final ArchRule OUTBOUND_NEVER_DRIVES_THE_CORE = noClasses().that().resideInAPackage(OUTBOUND)
            .should().dependOnClassesThat().resideInAnyPackage(PORT_IN, SERVICES)
            .because("outbound adapters are driven by the core, never drive it" + WHY);

    static final ArchRule OUTBOUND_ADAPTERS_IMPLEMENT_OUTPUT_PORTS = classes().that().resideInAPackage(OUTBOUND)
            .and().haveSimpleNameEndingWith("Adapter")
            .should().implement(DescribedPredicate.describe("an output port",
                    (JavaClass c) -> c.getPackageName().startsWith("dev.tiergate.application.port.out")))
            .because("an outbound adapter exists to implement an output port" + WHY);

    static final ArchRule ONLY_BOOTSTRAP_WIRES_SERVICES = classes().that().resideInAPackage(SERVICES)
            .should().onlyHaveDependentClassesThat().resideInAnyPackage(APPLICATION, BOOTSTRAP)
            .because("use cases are created in one place, bootstrap's factory" + WHY);

    static final ArchRule NOTHING_DEPENDS_ON_BOOTSTRAP = noClasses().that().resideOutsideOfPackage(BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage(BOOTSTRAP)
            .because("bootstrap is the outermost ring" + WHY);

    static final ArchRule NATS_STAYS_IN_ITS_ADAPTERS = noClasses()
            .that().resideOutsideOfPackages("dev.tiergate.adapter.in.nats..", "dev.tiergate.adapter.out.nats..", BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage("io.nats..")
            .because("one technology, one adapter" + WHY);

    static final ArchRule REDIS_STAYS_IN_ITS_ADAPTER = noClasses()
            .that().resideOutsideOfPackage("dev.tiergate.adapter.out.redis..")
            .should().dependOnClassesThat().resideInAnyPackage("io.lettuce..", "io.github.resilience4j..")
            .because("the Redis client and its circuit breaker are one adapter's business" + WHY);

    /** Meters are registered by the adapters that own what they measure; bootstrap hands them the registry. */
    static final ArchRule METRICS_STAY_IN_ADAPTERS = noClasses()
            .that().resideOutsideOfPackages("dev.tiergate.adapter.out.metrics..", "dev.tiergate.adapter.out.redis..",
                    BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage("io.micrometer..")
            .because("instrumentation stays at the edge; the core reports through InteractionMetricsPort" + WHY);

    static final ArchRule PERSISTENCE_STAYS_IN_POSTGRES = noClasses()
            .that().resideOutsideOfPackage("dev.tiergate.adapter.out.postgres..")
            .should().dependOnClassesThat().resideInAnyPackage("io.micronaut.data..", "java.sql..", "org.postgresql..",
                    "org.flywaydb..")
            .because("one technology, one adapter" + WHY);

    /** Interfaces that declare behaviour: sealed interfaces are sum types (views, commands), not ports. */
    private static final DescribedPredicate<JavaClass> BEHAVIOURAL_INTERFACES = DescribedPredicate.describe(
            "are behavioural interfaces", c -> c.isInterface() && !c.getSimpleName().equals("package-info")
                    && !c.reflect().isSealed());

    static final ArchRule USE_CASES_AND_PORTS_ARE_NAMED_FOR_INTENT = classes().that().resideInAPackage(PORT_OUT)
            .and(BEHAVIOURAL_INTERFACES)
            .should().haveSimpleNameEndingWith("Port")
            .because("a newcomer finds a port by its name" + WHY);

    static final ArchRule USE_CASES_ARE_NAMED_USE_CASES = classes().that().resideInAPackage(PORT_IN)
            .and(BEHAVIOURAL_INTERFACES)
            .should().haveSimpleNameEndingWith("UseCase")
            .because("a newcomer finds a use case by its name" + WHY);

    static final ArchRule NO_VAGUE_NAMES = noClasses().that().resideInAPackage("dev.tiergate..")
            .should().haveSimpleNameEndingWith("Impl")
            .orShould().haveSimpleNameEndingWith("Manager")
            .orShould().haveSimpleNameEndingWith("Helper")
            .orShould().haveSimpleNameEndingWith("Util")
            .orShould().haveSimpleNameEndingWith("Utils")
            .orShould().haveSimpleNameEndingWith("Dto")
            .because("names come from the domain" + WHY);
}
