package dev.tiergate.perf.database;

import dev.tiergate.application.port.in.position.ShowPositionUseCase;
import dev.tiergate.application.port.in.score.IngestScoresUseCase;
import dev.tiergate.application.port.out.badge.LoadFirstSeatingPort;
import dev.tiergate.application.port.out.badge.SaveBadgeAwardsPort;
import dev.tiergate.application.port.out.community.EnsureCommunityPort;
import dev.tiergate.application.port.out.community.LoadCommunityPort;
import dev.tiergate.application.port.out.naib.LoadNaibSeatsPort;
import dev.tiergate.application.port.out.naib.UpdateNaibSeatsPort;
import dev.tiergate.application.port.out.ranking.LoadRankingPort;
import dev.tiergate.application.port.out.score.SaveScoresPort;
import dev.tiergate.application.port.out.tier.LoadTierCandidatesPort;
import dev.tiergate.application.port.out.tier.SaveTierChangesPort;
import dev.tiergate.application.port.out.transaction.CommunityWriteLockPort;
import dev.tiergate.application.service.CommunityRules;
import dev.tiergate.application.service.RecentRankBands;
import dev.tiergate.application.service.position.ShowPositionService;
import dev.tiergate.application.service.score.IngestScoresService;
import dev.tiergate.application.service.tier.TierReassessment;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.net.URL;
import java.time.Clock;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tiergate's PostgreSQL adapters in a Micronaut context of their own, on one database (migrated by the
 * service's Flyway migrations as it starts), without the rest of the service: the benchmark reads and
 * writes through the very beans the service uses, but starts no NATS consumers, Redis or HTTP server.
 */
final class PostgresAdapters implements AutoCloseable {

    /** The other Tiergate modules, as jars or as reactor build output: their beans are left out. */
    private static final Pattern OTHER_MODULES = Pattern.compile(
            "tiergate-(bootstrap|adapter-in-|adapter-out-(?!postgres))|/(bootstrap|adapters-inbound/[^/]+|adapters-outbound/(?!postgres/)[^/]+)/target/");

    private final ApplicationContext context;

    private PostgresAdapters(ApplicationContext context) {
        this.context = context;
    }

    static PostgresAdapters start(String jdbcUrl, String user) {
        ClassLoader loader = new AdaptersOnly(PostgresAdapters.class.getClassLoader());
        return new PostgresAdapters(ApplicationContext.builder()
                .classLoader(loader)
                .deduceEnvironment(false)
                .properties(Map.of(
                        "datasources.default.url", jdbcUrl,
                        "datasources.default.username", user,
                        "datasources.default.password", "",
                        "datasources.default.driver-class-name", "org.postgresql.Driver",
                        "datasources.default.dialect", "POSTGRES",
                        "datasources.default.maximum-pool-size", 4,
                        "flyway.datasources.default.enabled", true))
                .start());
    }

    /** The score ingestion as the service wires it (bootstrap's UseCaseFactory), on these adapters. */
    IngestScoresUseCase ingestion() {
        TierReassessment tiers = new TierReassessment(port(LoadRankingPort.class), port(LoadNaibSeatsPort.class),
                port(UpdateNaibSeatsPort.class), port(LoadTierCandidatesPort.class), port(SaveTierChangesPort.class),
                port(LoadFirstSeatingPort.class), port(SaveBadgeAwardsPort.class));
        return new IngestScoresService(port(CommunityWriteLockPort.class), port(EnsureCommunityPort.class),
                port(SaveScoresPort.class), tiers, Clock.systemUTC());
    }

    /** /position as the service wires it (bootstrap's UseCaseFactory), on these adapters. */
    ShowPositionUseCase position() {
        return new ShowPositionService(
                new RecentRankBands(new CommunityRules(port(LoadCommunityPort.class)), Clock.systemUTC()), port(LoadRankingPort.class),
                port(LoadNaibSeatsPort.class));
    }

    /** The adapter the service would inject for this port. */
    <T> T port(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }

    /** Loads every class as its parent does, but shows Micronaut only the bean definitions of the adapters. */
    private static final class AdaptersOnly extends ClassLoader {

        AdaptersOnly(ClassLoader parent) {
            super(parent);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (!name.startsWith("META-INF/micronaut") && !name.startsWith("META-INF/services")) {
                return super.getResources(name);
            }
            List<URL> kept = Collections.list(super.getResources(name)).stream()
                    .filter(url -> !OTHER_MODULES.matcher(url.toString()).find())
                    .toList();
            return Collections.enumeration(kept);
        }
    }
}
