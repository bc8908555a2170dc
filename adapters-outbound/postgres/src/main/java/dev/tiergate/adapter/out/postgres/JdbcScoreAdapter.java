package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.score.SaveScoresPort;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.ScoreEntry;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.profile.WalletAddress;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores a score batch in one upsert statement and then re-ranks the community. An entry applies
 * only when the batch's as-of time is strictly newer than the member's stored one, so replays and
 * late batches change nothing. An unknown user gets a profile with a placeholder nym
 * ({@code member-<user id>}); an unknown wallet is skipped. When an entry names both a user and
 * a wallet, the user decides and the wallet is not linked: linking wallets is not this port's job.
 */
@Singleton
final class JdbcScoreAdapter implements SaveScoresPort {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcScoreAdapter.class);
    private static final String PLACEHOLDER_PREFIX = "member-";

    private static final String UPSERT = """
            INSERT INTO member_profiles AS p
                (community_id, user_id, nym, nym_key, nym_placeholder, joined_at, score, score_as_of)
            SELECT ?, e.user_id, e.nym, e.nym_key, true, ?, e.score::numeric(49, 18), ?
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS e(user_id, nym, nym_key, score)
            ON CONFLICT (community_id, user_id) DO UPDATE
                SET score = EXCLUDED.score,
                    score_as_of = EXCLUDED.score_as_of,
                    rank = CASE WHEN EXCLUDED.score > 0 THEN p.rank END
                WHERE p.score_as_of IS NULL OR p.score_as_of < EXCLUDED.score_as_of
            RETURNING p.user_id""";

    private final ProfileRowRepository profiles;
    private final NymAllocator nyms;
    private final RankMaterializer ranks;
    private final CommunityAdvisoryLock lock;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    JdbcScoreAdapter(ProfileRowRepository profiles, NymAllocator nyms, RankMaterializer ranks,
            CommunityAdvisoryLock lock, JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.profiles = profiles;
        this.nyms = nyms;
        this.ranks = ranks;
        this.lock = lock;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public List<UserId> saveScores(CommunityId communityId, Instant asOf, List<ScoreEntry> entries, Instant now) {
        if (entries.isEmpty()) {
            return List.of();
        }
        return transactions.executeWrite(status -> {
            lock.acquire(communityId);
            Map<String, Score> scores = scoresByUser(communityId, entries);
            if (scores.isEmpty()) {
                return List.of();
            }
            Set<String> applied = upsert(communityId, scores, placeholderNyms(communityId, scores), asOf, now);
            if (applied.isEmpty()) {
                return List.of();
            }
            int moved = ranks.rerank(communityId);
            LOG.debug("Community {}: {} of {} scores applied, {} ranks moved", communityId, applied.size(),
                    entries.size(), moved);
            return scores.keySet().stream().filter(applied::contains).map(UserId::new).toList();
        });
    }

    /** One score per member, in entry order; a later entry for the same member wins. */
    private Map<String, Score> scoresByUser(CommunityId communityId, List<ScoreEntry> entries) {
        String[] wallets = entries.stream()
                .filter(entry -> entry.userId().isEmpty())
                .map(entry -> entry.wallet().orElseThrow().value())
                .distinct()
                .toArray(String[]::new);
        Map<String, String> walletOwners = new HashMap<>();
        if (wallets.length > 0) {
            profiles.findByWallets(communityId.value(), wallets, wallets.length)
                    .forEach(owner -> walletOwners.put(owner.wallet(), owner.key().userId()));
        }
        Map<String, Score> scores = new LinkedHashMap<>();
        int unknownWallets = 0;
        for (ScoreEntry entry : entries) {
            String user = entry.userId().map(UserId::value)
                    .orElseGet(() -> walletOwners.get(entry.wallet().map(WalletAddress::value).orElseThrow()));
            if (user == null) {
                unknownWallets++;
            } else {
                scores.put(user, entry.score());
            }
        }
        if (unknownWallets > 0) {
            LOG.debug("Community {}: skipped {} score entries naming a wallet no member holds", communityId,
                    unknownWallets);
        }
        return scores;
    }

    /**
     * The nym each member gets if the upsert creates it: {@code member-<user id>}, unless another
     * member already holds that nym, in which case the first free suffixed one.
     */
    private Map<String, Nym> placeholderNyms(CommunityId communityId, Map<String, Score> scores) {
        Map<String, Nym> placeholders = new HashMap<>();
        scores.keySet().forEach(user -> placeholders.put(user, new Nym(PLACEHOLDER_PREFIX + user)));
        String[] keys = placeholders.values().stream().map(Nym::key).toArray(String[]::new);
        for (ProfileRow holder : profiles.findByNymKeys(communityId.value(), keys, keys.length)) {
            String wantedBy = holder.nymKey().substring(PLACEHOLDER_PREFIX.length());
            if (!wantedBy.equals(holder.key().userId())) {
                UserId user = new UserId(wantedBy);
                placeholders.put(wantedBy, nyms.firstFree(communityId, user, placeholders.get(wantedBy)));
            }
        }
        return placeholders;
    }

    private Set<String> upsert(CommunityId communityId, Map<String, Score> scores, Map<String, Nym> placeholders,
            Instant asOf, Instant now) {
        int size = scores.size();
        String[] users = new String[size];
        String[] nymValues = new String[size];
        String[] nymKeys = new String[size];
        String[] values = new String[size];
        int i = 0;
        for (Map.Entry<String, Score> score : scores.entrySet()) {
            Nym nym = placeholders.get(score.getKey());
            users[i] = score.getKey();
            nymValues[i] = nym.value();
            nymKeys[i] = nym.key();
            values[i] = score.getValue().value().toPlainString();
            i++;
        }
        return jdbc.prepareStatement(UPSERT, statement -> {
            Connection connection = statement.getConnection();
            statement.setString(1, communityId.value());
            statement.setObject(2, Timestamps.parameter(now));
            statement.setObject(3, Timestamps.parameter(asOf));
            statement.setArray(4, connection.createArrayOf("text", users));
            statement.setArray(5, connection.createArrayOf("text", nymValues));
            statement.setArray(6, connection.createArrayOf("text", nymKeys));
            statement.setArray(7, connection.createArrayOf("text", values));
            Set<String> applied = new HashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    applied.add(rows.getString(1));
                }
            }
            return applied;
        });
    }
}
