package dev.tiergate.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.out.profile.RegisterMemberPort;
import dev.tiergate.application.port.out.ranking.LoadRankingPort;
import dev.tiergate.application.port.out.ranking.Neighbourhood;
import dev.tiergate.application.port.out.score.SaveScoresPort;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.MemberProfile;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.ScoreEntry;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.rank.RankKey;
import dev.tiergate.domain.rank.RankedMember;
import dev.tiergate.domain.shared.PageLimit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The materialized ranking agrees with the domain's RankKey order, member by member, after every kind of write. */
class RankingIT extends AdapterIntegrationTest {

    private static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");
    /** Few distinct values, so ties on score are common. */
    private static final List<String> SCORES = List.of("0", "0.000000000000000001", "1", "6.9", "69", "69",
            "420.5", "1111", "1111", "5000.123456789012345678");

    private final Random random = new Random(20251122);
    private final Map<UserId, Reference> reference = new LinkedHashMap<>();
    private Instant asOf = T0;

    /** What the test believes about a member; a placeholder is a member only a score created. */
    private record Reference(Score score, Instant joinedAt, boolean left, boolean placeholder) {

        Reference withScore(Score newScore) {
            return new Reference(newScore, joinedAt, left, placeholder);
        }
    }

    @Test
    void ranksEqualTheDomainOrderThroughBatchesLeavesAndRejoins() {
        CommunityId community = newCommunity();
        List<UserId> users = usersOfMixedLength(150);

        // 60 registered members on three join times (ties on joined-at), 90 that only scores will create.
        for (int i = 0; i < 60; i++) {
            register(community, users.get(i), T0.minusSeconds(60L * (i % 3)));
        }
        verify(community);

        Instant firstNow = T0.plusSeconds(3600);
        batch(community, users, 120, firstNow);
        verify(community);
        for (int round = 1; round <= 4; round++) {
            batch(community, users, 60, firstNow.plusSeconds(round * 60L));
            verify(community);
        }

        List<UserId> leavers = rankedMembers().subList(0, 12);
        leavers.forEach(user -> {
            markLeft(community, user);
            reference.compute(user, (id, ref) -> new Reference(ref.score(), ref.joinedAt(), true, ref.placeholder()));
        });
        verify(community);

        Instant rejoinedAt = T0.plusSeconds(99_999);
        for (UserId back : leavers.subList(0, 6)) {
            Reference before = reference.get(back);
            MemberProfile restored = bean(RegisterMemberPort.class)
                    .registerMember(community, back, new Nym("returning"), rejoinedAt);
            assertThat(restored.left()).isFalse();
            // A registered member keeps its join time; one only a score created gets the real one now.
            Instant joinedAt = before.placeholder() ? rejoinedAt : before.joinedAt();
            assertThat(restored.joinedAt()).isEqualTo(joinedAt);
            reference.put(back, new Reference(before.score(), joinedAt, false, false));
        }
        verify(community);

        // Members a score created get their real (earlier) join time when they register: their rank moves.
        List<UserId> placeholders = users.subList(60, 150).stream()
                .filter(user -> reference.containsKey(user) && reference.get(user).placeholder())
                .limit(10)
                .toList();
        for (UserId user : placeholders) {
            register(community, user, T0.minusSeconds(60));
        }
        verify(community);

        batch(community, users, 150, firstNow.plusSeconds(3600));
        verify(community);
    }

    private void register(CommunityId community, UserId user, Instant joinedAt) {
        MemberProfile profile = bean(RegisterMemberPort.class)
                .registerMember(community, user, new Nym("m" + user.value().substring(10)), joinedAt);
        assertThat(profile.joinedAt()).isEqualTo(joinedAt);
        Reference before = reference.get(user);
        reference.put(user, new Reference(before == null ? Score.ZERO : before.score(), joinedAt, false, false));
    }

    private void batch(CommunityId community, List<UserId> users, int size, Instant now) {
        asOf = asOf.plusSeconds(60);
        List<UserId> shuffled = new ArrayList<>(users);
        Collections.shuffle(shuffled, random);
        List<ScoreEntry> entries = new ArrayList<>();
        Map<UserId, Score> expected = new LinkedHashMap<>();
        for (UserId user : shuffled.subList(0, size)) {
            Score score = Score.parse(SCORES.get(random.nextInt(SCORES.size())));
            entries.add(new ScoreEntry(Optional.of(user), Optional.empty(), score));
            expected.put(user, score);
        }
        List<UserId> applied = bean(SaveScoresPort.class).saveScores(community, asOf, entries, now);
        assertThat(applied).containsExactlyElementsOf(expected.keySet());
        expected.forEach((user, score) -> reference.merge(user, new Reference(score, now, false, true),
                (known, created) -> known.withScore(score)));
    }

    private List<UserId> rankedMembers() {
        return reference.entrySet().stream()
                .filter(entry -> !entry.getValue().left() && entry.getValue().score().isPositive())
                .sorted(Comparator.comparing(entry -> new RankKey(entry.getValue().score(), entry.getValue().joinedAt(),
                        entry.getKey()), RankKey.ORDER))
                .map(Map.Entry::getKey)
                .toList();
    }

    private void verify(CommunityId community) {
        LoadRankingPort ranking = bean(LoadRankingPort.class);
        List<UserId> expected = rankedMembers();

        assertThat(ranking.countRanked(community)).isEqualTo(expected.size());
        assertThat(ranking.findFromRank(community, 1, new PageLimit(1000)))
                .extracting(RankedMember::userId)
                .containsExactlyElementsOf(expected);
        for (int rank = 1; rank <= expected.size(); rank++) {
            RankedMember atRank = ranking.findAtRank(community, rank).orElseThrow();
            assertThat(atRank.userId()).as("member at rank %d", rank).isEqualTo(expected.get(rank - 1));
            assertThat(atRank.score()).isEqualTo(reference.get(atRank.userId()).score());
        }
        assertThat(ranking.findAtRank(community, expected.size() + 1)).isEmpty();
        assertThat(ranking.findAtRank(community, 0)).isEmpty();

        for (Map.Entry<UserId, Reference> member : reference.entrySet()) {
            int index = expected.indexOf(member.getKey());
            Optional<RankedMember> found = ranking.findRanked(community, member.getKey());
            if (index < 0) {
                assertThat(found).as("unranked %s", member.getKey()).isEmpty();
            } else {
                assertThat(found.orElseThrow().rank()).as("rank of %s", member.getKey()).isEqualTo(index + 1);
            }
            int cutoff = 1 + random.nextInt(expected.size() + 2);
            Neighbourhood around = ranking.findNeighbourhood(community, member.getKey(), cutoff);
            assertThat(around.member()).as("neighbourhood of %s", member.getKey()).isEqualTo(found);
            assertThat(around.above().map(RankedMember::userId)).as("above %s", member.getKey())
                    .isEqualTo(index >= 1 ? Optional.of(expected.get(index - 1)) : Optional.empty());
            assertThat(around.below().map(RankedMember::userId)).as("below %s", member.getKey())
                    .isEqualTo(index >= 0 && index + 1 < expected.size()
                            ? Optional.of(expected.get(index + 1)) : Optional.empty());
            assertThat(around.at(cutoff)).as("cut-off %d beside %s", cutoff, member.getKey())
                    .isEqualTo(ranking.findAtRank(community, cutoff));
        }
        for (int from : new int[] {1, 2, 7, expected.size() / 2, expected.size(), expected.size() + 1}) {
            int start = Math.max(1, from);
            List<UserId> window = expected.subList(Math.min(start - 1, expected.size()),
                    Math.min(start - 1 + 7, expected.size()));
            assertThat(ranking.findFromRank(community, from, new PageLimit(7)))
                    .extracting(RankedMember::userId)
                    .as("page from rank %d", from)
                    .containsExactlyElementsOf(window);
        }
    }

    /** Snowflakes of 17, 18 and 19 digits: text order and numeric order disagree across lengths. */
    private List<UserId> usersOfMixedLength(int count) {
        Set<String> ids = new LinkedHashSet<>();
        long[] bases = {10_000_000_000_000_000L, 100_000_000_000_000_000L, 1_000_000_000_000_000_000L};
        while (ids.size() < count) {
            long base = bases[ids.size() % 3];
            ids.add(Long.toString(base + (long) (random.nextDouble() * base * 8)));
        }
        return ids.stream().map(UserId::new).toList();
    }
}
