package dev.tiergate.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Runs every layer rule over all of Tiergate's production classes. */
@AnalyzeClasses(packages = "dev.tiergate", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = TiergateLayers.DOMAIN_IS_PLAIN_JAVA;
    @ArchTest
    static final ArchRule applicationDependsOnlyOnDomain = TiergateLayers.APPLICATION_DEPENDS_ONLY_ON_DOMAIN;
    @ArchTest
    static final ArchRule noClockReadsInTheCore = TiergateLayers.NO_CLOCK_READS_IN_THE_CORE;
    @ArchTest
    static final ArchRule portsAreIndependent = TiergateLayers.PORTS_ARE_INDEPENDENT;
    @ArchTest
    static final ArchRule outputPortsDoNotSeeInputPorts = TiergateLayers.OUTPUT_PORTS_DO_NOT_SEE_INPUT_PORTS;
    @ArchTest
    static final ArchRule adaptersDoNotSeeEachOther = TiergateLayers.ADAPTERS_DO_NOT_SEE_EACH_OTHER;
    @ArchTest
    static final ArchRule inboundUsesOnlyInputPorts = TiergateLayers.INBOUND_USES_ONLY_INPUT_PORTS;
    @ArchTest
    static final ArchRule outboundNeverDrivesTheCore = TiergateLayers.OUTBOUND_NEVER_DRIVES_THE_CORE;
    @ArchTest
    static final ArchRule outboundAdaptersImplementOutputPorts = TiergateLayers.OUTBOUND_ADAPTERS_IMPLEMENT_OUTPUT_PORTS;
    @ArchTest
    static final ArchRule onlyBootstrapWiresServices = TiergateLayers.ONLY_BOOTSTRAP_WIRES_SERVICES;
    @ArchTest
    static final ArchRule nothingDependsOnBootstrap = TiergateLayers.NOTHING_DEPENDS_ON_BOOTSTRAP;
    @ArchTest
    static final ArchRule natsStaysInItsAdapters = TiergateLayers.NATS_STAYS_IN_ITS_ADAPTERS;
    @ArchTest
    static final ArchRule redisStaysInItsAdapter = TiergateLayers.REDIS_STAYS_IN_ITS_ADAPTER;
    @ArchTest
    static final ArchRule metricsStayInAdapters = TiergateLayers.METRICS_STAY_IN_ADAPTERS;
    @ArchTest
    static final ArchRule persistenceStaysInPostgres = TiergateLayers.PERSISTENCE_STAYS_IN_POSTGRES;
    @ArchTest
    static final ArchRule portsAreNamedForIntent = TiergateLayers.USE_CASES_AND_PORTS_ARE_NAMED_FOR_INTENT;
    @ArchTest
    static final ArchRule useCasesAreNamedUseCases = TiergateLayers.USE_CASES_ARE_NAMED_USE_CASES;
    @ArchTest
    static final ArchRule noVagueNames = TiergateLayers.NO_VAGUE_NAMES;
}
