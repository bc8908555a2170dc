package dev.tiergate.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.position.PositionView;
import dev.tiergate.application.port.in.position.ShowPositionQuery;
import dev.tiergate.application.port.in.score.IngestScoresCommand;
import dev.tiergate.application.port.out.naib.LoadNaibSeatsPort;
import dev.tiergate.application.port.out.profile.LoadProfilesPort;
import dev.tiergate.application.port.out.profile.RegisterMemberPort;
import dev.tiergate.application.port.out.ranking.LoadRankingPort;
import dev.tiergate.application.service.RecentRankBands;
import dev.tiergate.application.service.position.ShowPositionService;
import dev.tiergate.domain.community.CommunityConfig;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.ScoreEntry;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.rank.Position;
import dev.tiergate.domain.rank.RankBands;
import dev.tiergate.domain.rank.RankKey;
import dev.tiergate.domain.rank.RankedMember;
import dev.tiergate.domain.tier.Tier;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Oracle: for random communities (hundreds of members, ties on score and on join time), every
 * member's /position and tier after a score batch through the real ingestion equal a brute-force
 * computation over the same members: sort by the rank order, seat the top 7 of a new council, give
 * Fedaykin to ranks 8–69, score tiers below.
 */
class PositionAndTierOracleIT extends AdapterIntegrationTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final List<String> SCORES = List.of("0", "3", "6.9", "69", "222", "222", "421.5", "690", "888",
            "1111", "1111", "5000.000000000000000001", "5000.000000000000000001");
    private static final CommunityConfig RULES = CommunityConfig.DEFAULTS;

    private record Member(UserId userId, Instant joinedAt, Score score) {
        RankKey key() {
            return new RankKey(score, joinedAt, userId);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void everyPositionAndTierEqualsTheBruteForceAnswer(long seed) {
        Random random = new Random(seed);
        CommunityId community = newCommunity();
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < 150 + random.nextInt(250); i++) {
            UserId user = newUser();
            Instant joinedAt = NOW.minusSeconds(86_400L * (1 + random.nextInt(3)));
            bean(RegisterMemberPort.class).registerMember(community, user, new Nym("o" + user.value()), joinedAt);
            members.add(new Member(user, joinedAt, Score.parse(SCORES.get(random.nextInt(SCORES.size())))));
        }
        ingest(community, members);

        List<Member> ranked = members.stream().filter(m -> m.score().isPositive())
                .sorted(Comparator.comparing(Member::key, RankKey.ORDER)).toList();
        Score entry = ranked.size() >= 69 ? ranked.get(68).score() : Score.ZERO;
        ShowPositionService positions = new ShowPositionService(new RecentRankBands(TierEngine.rules(), Clock.systemUTC()), bean(LoadRankingPort.class),
                bean(LoadNaibSeatsPort.class));
        for (Member member : members) {
            int index = ranked.indexOf(member);
            PositionView view = positions.showPosition(new ShowPositionQuery(community, member.userId()));
            Tier tier = bean(LoadProfilesPort.class).findProfile(community, member.userId()).orElseThrow().tier();
            if (index < 0) {
                assertThat(view).isEqualTo(new PositionView.Unranked(entry));
                assertThat(tier).isEqualTo(Tier.NONE);
                continue;
            }
            int rank = index + 1;
            Position expected = Position.of(rankedAt(ranked, rank), neighbour(ranked, rank - 1),
                    neighbour(ranked, rank + 1), entry, RankBands.DEFAULT, rank <= 7);
            assertThat(view).as("position of rank %d", rank).isInstanceOfSatisfying(PositionView.Ranked.class,
                    shown -> assertThat(shown.position()).isEqualTo(expected));
            assertThat(tier).as("tier of rank %d", rank).isEqualTo(rank <= 7 ? Tier.NAIB
                    : rank <= 69 ? Tier.FEDAYKIN : RULES.tierLadder().scoreTier(member.score()));
        }
    }

    private static void ingest(CommunityId community, List<Member> members) {
        List<ScoreEntry> entries = members.stream()
                .map(m -> new ScoreEntry(Optional.of(m.userId()), Optional.empty(), m.score())).toList();
        TierEngine.ingestion(Clock.fixed(NOW, ZoneOffset.UTC)).ingestScores(new IngestScoresCommand(community, NOW, entries));
    }

    private static RankedMember rankedAt(List<Member> ranked, int rank) {
        Member member = ranked.get(rank - 1);
        return new RankedMember(rank, member.userId(), new Nym("o" + member.userId().value()), member.score());
    }

    private static Optional<RankedMember> neighbour(List<Member> ranked, int rank) {
        return rank < 1 || rank > ranked.size() ? Optional.empty() : Optional.of(rankedAt(ranked, rank));
    }
}
