package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.tier.FindPendingDemotionsPort;
import dev.tiergate.application.port.out.tier.LoadTierCandidatesPort;
import dev.tiergate.application.port.out.tier.SaveTierChangesPort;
import dev.tiergate.application.port.out.tier.TierCandidate;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.shared.PageLimit;
import dev.tiergate.domain.tier.TierDecision;
import dev.tiergate.domain.tier.TierState;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the members whose tier can have moved and stores tier decisions: the state on the
 * profile (tier, below-since) and every change appended to the tier history, in one transaction.
 */
@Singleton
final class JdbcTierAdapter implements LoadTierCandidatesPort, SaveTierChangesPort, FindPendingDemotionsPort {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcTierAdapter.class);
    /** Room for rank-based tier holders and pending demotions beyond the named and the top ranks. */
    private static final int WATCHED_MAX = 10_000;

    /** Through the tier-watch index (it covers every pending demotion). */
    private static final String PENDING_COMMUNITIES = """
            SELECT DISTINCT community_id FROM member_profiles
            WHERE tier_below_since IS NOT NULL AND left_at IS NULL AND community_id > ?
            ORDER BY community_id LIMIT ?""";

    private static final String UPDATE_STATE = """
            UPDATE member_profiles SET tier = ?, tier_below_since = ?
            WHERE community_id = ? AND user_id = ?""";

    private final ProfileRowRepository profiles;
    private final NaibSeatingRowRepository seatings;
    private final TierChangeRowRepository history;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    JdbcTierAdapter(ProfileRowRepository profiles, NaibSeatingRowRepository seatings, TierChangeRowRepository history,
            JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.profiles = profiles;
        this.seatings = seatings;
        this.history = history;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public List<CommunityId> findCommunitiesWithPendingDemotions(Optional<CommunityId> after, PageLimit limit) {
        return transactions.executeRead(status -> jdbc.prepareStatement(PENDING_COMMUNITIES, statement -> {
            statement.setString(1, after.map(CommunityId::value).orElse(""));
            statement.setInt(2, limit.value());
            List<CommunityId> communities = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    communities.add(new CommunityId(result.getString(1)));
                }
            }
            return communities;
        }));
    }

    @Override
    public List<TierCandidate> loadTierCandidates(CommunityId communityId, Collection<UserId> named, int throughRank) {
        String[] users = named.stream().map(UserId::value).distinct().toArray(String[]::new);
        int limit = users.length + Math.max(0, throughRank) + WATCHED_MAX;
        List<ProfileRow> rows = profiles.findTierCandidates(communityId.value(), users, throughRank, limit);
        if (rows.size() == limit) {
            LOG.warn("Community {}: tier candidates capped at {}; the rest are reassessed on a later batch",
                    communityId, limit);
        }
        Set<String> seated = seatings.findOpen(communityId.value()).stream()
                .map(NaibSeatingRow::userId)
                .collect(Collectors.toSet());
        return rows.stream().map(row -> TierMapper.toCandidate(row, seated.contains(row.key().userId()))).toList();
    }

    @Override
    public void saveTierDecisions(CommunityId communityId, Map<UserId, TierDecision> decisions) {
        if (decisions.isEmpty()) {
            return;
        }
        transactions.executeWrite(status -> {
            jdbc.prepareStatement(UPDATE_STATE, statement -> {
                for (Map.Entry<UserId, TierDecision> decision : decisions.entrySet()) {
                    TierState next = decision.getValue().next();
                    statement.setString(1, next.tier().name());
                    if (next.belowSince().isPresent()) {
                        statement.setObject(2, Timestamps.parameter(next.belowSince().get()));
                    } else {
                        statement.setNull(2, Types.TIMESTAMP_WITH_TIMEZONE);
                    }
                    statement.setString(3, communityId.value());
                    statement.setString(4, decision.getKey().value());
                    statement.addBatch();
                }
                return statement.executeBatch();
            });
            List<TierChangeRow> changes = decisions.entrySet().stream()
                    .flatMap(decision -> decision.getValue().change().stream()
                            .map(change -> TierMapper.toHistoryRow(communityId, decision.getKey(), change)))
                    .toList();
            if (!changes.isEmpty()) {
                history.saveAll(changes);
            }
            return null;
        });
    }
}
