package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.transaction.CommunityWriteLockPort;
import dev.tiergate.domain.badge.Badge;
import dev.tiergate.domain.badge.BadgeCatalog;
import dev.tiergate.domain.badge.BadgeId;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.rank.RankKey;
import dev.tiergate.domain.tier.Tier;
import dev.tiergate.domain.tier.TierLadder;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * A random community written straight into the tables, and what the test believes about each member:
 * ties on score and on join time are common, some members left, some opted out of the directory, badges
 * are awarded, revoked and re-awarded, and a few members sit in a tier above their score (pending demotion).
 */
final class ListCommunity {

    /** Few distinct scores, so ties are common; each score tier and the gaps between them are hit. */
    private static final List<String> SCORES = List.of("0", "0.5", "6.9", "7", "50", "68.999999999999999999", "69",
            "100", "221.5", "222", "300", "300", "419", "500", "689.9", "700", "887", "900", "1110", "1111", "2000",
            "160", "358", "628", "826", "1049");
    private static final List<String> NYM_PARTS = List.of("stil", "Gar", "chani", "Éa", "paul_", "jessica", "Zed",
            "alia", "leto", "duncan", "Ghan", "ima", "otto", "ß.x", "a-b", "mu");

    final CommunityId id;
    final Instant now;
    final Instant launchedAt;
    final List<Member> members = new ArrayList<>();

    /** A member as the test wrote it; {@code badges} are the held ones. */
    record Member(UserId userId, Nym nym, Score score, Instant joinedAt, Tier tier, boolean left, boolean optedOut,
            Set<BadgeId> badges) {

        RankKey rankKey() {
            return new RankKey(score, joinedAt, userId);
        }

        boolean ranked() {
            return !left && score.isPositive();
        }
    }

    ListCommunity(CommunityId id, Instant now, long seed, int size) {
        this.id = id;
        this.now = now;
        this.launchedAt = now.minus(Duration.ofDays(300));
        Random random = new Random(seed);
        List<Instant> joinTimes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            joinTimes.add(now.minus(Duration.ofHours(random.nextInt(24 * 420))).truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        }
        joinTimes.add(launchedAt.plus(Duration.ofDays(30)));
        joinTimes.add(now.minus(Duration.ofDays(90)));
        joinTimes.add(now.minus(Duration.ofDays(180)));
        Set<String> nymKeys = new HashSet<>();
        Set<String> userIds = new LinkedHashSet<>();
        List<Badge> catalog = BadgeCatalog.DEFAULT.badges();
        while (members.size() < size) {
            String userId = Long.toString((long) (random.nextDouble() * 8e17) + 1_000_000_000_000_000L / (1 + random.nextInt(50)) + 10_000_000_000_000_000L);
            String nymText = NYM_PARTS.get(random.nextInt(NYM_PARTS.size())) + random.nextInt(1000)
                    + (random.nextBoolean() ? "" : " " + NYM_PARTS.get(random.nextInt(NYM_PARTS.size())));
            Nym nym = new Nym(nymText);
            if (!nymKeys.add(nym.key()) || !userIds.add(userId)) {
                continue;
            }
            Score score = Score.parse(SCORES.get(random.nextInt(SCORES.size())));
            Tier tier = TierLadder.DEFAULT.scoreTier(score);
            if (tier != Tier.NONE && tier.ordinal() > Tier.USUL.ordinal() && random.nextInt(12) == 0) {
                tier = Tier.values()[tier.ordinal() - 1];
            }
            Set<BadgeId> badges = new HashSet<>();
            int awarded = random.nextInt(3) == 0 ? 0 : random.nextInt(5);
            for (int b = 0; b < awarded; b++) {
                badges.add(catalog.get(random.nextInt(catalog.size())).id());
            }
            members.add(new Member(new UserId(userId), nym, score, joinTimes.get(random.nextInt(joinTimes.size())), tier,
                    random.nextInt(10) == 0, random.nextInt(10) == 0, badges));
        }
        // The best-ranked members hold the rank-based tiers, as the tier policy would give them.
        List<Member> ranked = members.stream().filter(Member::ranked).sorted(Comparator.comparing(Member::rankKey)).toList();
        for (int i = 0; i < Math.min(12, ranked.size()); i++) {
            Member m = ranked.get(i);
            members.set(members.indexOf(m), new Member(m.userId(), m.nym(), m.score(), m.joinedAt(),
                    i < 4 ? Tier.NAIB : Tier.FEDAYKIN, m.left(), m.optedOut(), m.badges()));
        }
        write(random);
    }

    private void write(Random random) {
        try (Connection connection = AdapterIntegrationTest.separateConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement launch = connection.prepareStatement("UPDATE communities SET launched_at = ? WHERE id = ?")) {
                launch.setObject(1, OffsetDateTime.ofInstant(launchedAt, ZoneOffset.UTC));
                launch.setString(2, id.value());
                launch.executeUpdate();
            }
            try (PreparedStatement badge = connection.prepareStatement("""
                    INSERT INTO community_badges (community_id, badge_id, name, emoji, category, description, position)
                    VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")) {
                for (Badge b : BadgeCatalog.DEFAULT.badges()) {
                    badge.setInt(7, BadgeCatalog.DEFAULT.badges().indexOf(b));
                    badge.setString(1, id.value());
                    badge.setString(2, b.id().value());
                    badge.setString(3, b.name());
                    badge.setString(4, b.emoji());
                    badge.setString(5, b.category().name());
                    badge.setString(6, b.description());
                    badge.addBatch();
                }
                badge.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO member_profiles (community_id, user_id, nym, nym_key, joined_at, score, tier, left_at,
                                                 directory_opt_out, badge_count)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (Member m : members) {
                    insert.setString(1, id.value());
                    insert.setString(2, m.userId().value());
                    insert.setString(3, m.nym().value());
                    insert.setString(4, m.nym().key());
                    insert.setObject(5, OffsetDateTime.ofInstant(m.joinedAt(), ZoneOffset.UTC));
                    insert.setBigDecimal(6, m.score().value());
                    insert.setString(7, m.tier().name());
                    insert.setObject(8, m.left() ? OffsetDateTime.ofInstant(now.minusSeconds(60), ZoneOffset.UTC) : null);
                    insert.setBoolean(9, m.optedOut());
                    insert.setInt(10, m.badges().size());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement award = connection.prepareStatement("""
                    INSERT INTO badge_awards (community_id, user_id, badge_id, awarded_at, awarded_by, award_reason,
                                              revoked_at, revoked_by, revoke_reason)
                    VALUES (?, ?, ?, ?, 'rule:test', 'seeded', ?, ?, ?)""")) {
                for (Member m : members) {
                    for (Badge b : BadgeCatalog.DEFAULT.badges()) {
                        boolean held = m.badges().contains(b.id());
                        boolean revokedBefore = random.nextInt(held ? 6 : 12) == 0;
                        if (revokedBefore) {
                            addAward(award, m, b.id(), now.minus(Duration.ofDays(20)), Optional.of(now.minus(Duration.ofDays(10))));
                        }
                        if (held) {
                            addAward(award, m, b.id(), now.minus(Duration.ofDays(random.nextInt(14))), Optional.empty());
                        }
                    }
                }
                award.executeBatch();
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        AdapterIntegrationTest.bean(CommunityWriteLockPort.class)
                .inCommunityTransaction(id, () -> AdapterIntegrationTest.bean(RankMaterializer.class).rerank(id));
    }

    private void addAward(PreparedStatement award, Member m, BadgeId badge, Instant at, Optional<Instant> revokedAt)
            throws SQLException {
        award.setString(1, id.value());
        award.setString(2, m.userId().value());
        award.setString(3, badge.value());
        award.setObject(4, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        award.setObject(5, revokedAt.map(r -> OffsetDateTime.ofInstant(r, ZoneOffset.UTC)).orElse(null));
        award.setString(6, revokedAt.map(r -> "rule:test").orElse(null));
        award.setString(7, revokedAt.map(r -> "seeded").orElse(null));
        award.addBatch();
    }

    List<Member> present() {
        return members.stream().filter(m -> !m.left()).toList();
    }

    /** Text order by code point, as collation "C" compares UTF-8. */
    static int compareCodePoints(String a, String b) {
        return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }

    static BigDecimal userNumber(Member m) {
        return new BigDecimal(m.userId().value());
    }
}
