package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.community.EnsureCommunityPort;
import dev.tiergate.application.port.out.community.LoadCommunityPort;
import dev.tiergate.domain.community.Community;
import dev.tiergate.domain.community.CommunityId;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.Optional;

/**
 * Stores communities and their rules. A guild's community is created once, with default rules and
 * the default badge catalog, by whichever event names it first; concurrent creators converge on the
 * same stored rows.
 */
@Singleton
final class JdbcCommunityAdapter implements EnsureCommunityPort, LoadCommunityPort {

    private final CommunityRowRepository communities;
    private final CommunityTierRowRepository tiers;
    private final CommunityBadgeRowRepository badges;
    private final TransactionOperations<Connection> transactions;

    JdbcCommunityAdapter(CommunityRowRepository communities, CommunityTierRowRepository tiers,
            CommunityBadgeRowRepository badges, TransactionOperations<Connection> transactions) {
        this.communities = communities;
        this.tiers = tiers;
        this.badges = badges;
        this.transactions = transactions;
    }

    @Override
    public Community ensureCommunity(CommunityId id) {
        return ensure(Community.withDefaults(id));
    }

    @Override
    public Optional<Community> loadCommunity(CommunityId id) {
        return communities.findWithRules(id.value())
                .map(row -> CommunityMapper.toDomain(row.community(), row.tiers(), row.badges()));
    }

    /** Stores {@code initial} unless its community exists, and returns what is stored. */
    Community ensure(Community initial) {
        return transactions.executeWrite(status -> loadCommunity(initial.id()).orElseGet(() -> {
            CommunityRow row = CommunityMapper.toRow(initial);
            int created = communities.insertIfAbsent(row.id(), row.name(), row.active(), row.naibSeats(),
                    row.fedaykinCutoff(), row.atRiskWindow(), row.waitlistSize(), row.demotionGraceMillis(),
                    row.launchedAt(), row.adminRoleIds(), row.trackedChannelIds());
            if (created == 0) {
                return loadCommunity(initial.id()).orElseThrow();
            }
            return CommunityMapper.toDomain(row, tiers.saveAll(CommunityMapper.toTierRows(initial)),
                    badges.saveAll(CommunityMapper.toBadgeRows(initial)));
        }));
    }
}
