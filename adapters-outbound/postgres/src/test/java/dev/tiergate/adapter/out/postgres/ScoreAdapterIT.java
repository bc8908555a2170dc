package dev.tiergate.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.out.profile.LoadProfilesPort;
import dev.tiergate.application.port.out.profile.RegisterMemberPort;
import dev.tiergate.application.port.out.ranking.LoadRankingPort;
import dev.tiergate.application.port.out.score.SaveScoresPort;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.MemberProfile;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.ScoreEntry;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.profile.WalletAddress;
import dev.tiergate.domain.rank.RankedMember;
import dev.tiergate.domain.shared.PageLimit;
import dev.tiergate.domain.tier.Tier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Score batches: as-of idempotency, wallets, placeholder profiles, exact decimals, and the re-rank that follows. */
class ScoreAdapterIT extends AdapterIntegrationTest {

    private static final Instant T1 = Instant.parse("2025-06-01T00:00:00Z");
    private static final Instant T2 = T1.plusSeconds(60);
    private static final Instant T3 = T2.plusSeconds(60);
    private static final Instant NOW = Instant.parse("2025-06-02T00:00:00Z");

    private final SaveScoresPort scores = bean(SaveScoresPort.class);
    private final LoadProfilesPort profiles = bean(LoadProfilesPort.class);
    private final LoadRankingPort ranking = bean(LoadRankingPort.class);

    @Test
    void appliesABatchOnlyWhenItsAsOfIsStrictlyNewerThanTheStoredOne() {
        CommunityId community = newCommunity();
        UserId user = newUser();

        assertThat(scores.saveScores(community, T2, List.of(byUser(user, "10")), NOW)).containsExactly(user);
        assertThat(scores.saveScores(community, T2, List.of(byUser(user, "20")), NOW)).as("replay").isEmpty();
        assertThat(scoreOf(community, user)).isEqualTo(Score.parse("10"));
        assertThat(scores.saveScores(community, T1, List.of(byUser(user, "30")), NOW)).as("older").isEmpty();
        assertThat(scoreOf(community, user)).isEqualTo(Score.parse("10"));
        assertThat(scores.saveScores(community, T3, List.of(byUser(user, "40")), NOW)).as("newer").containsExactly(user);
        assertThat(scoreOf(community, user)).isEqualTo(Score.parse("40"));
    }

    @Test
    void aReplayedBatchChangesNeitherScoresNorRanks() {
        CommunityId community = newCommunity();
        UserId first = newUser();
        UserId second = newUser();
        List<ScoreEntry> batch = List.of(byUser(first, "5"), byUser(second, "7"));
        scores.saveScores(community, T1, batch, NOW);
        List<RankedMember> before = ranking.findFromRank(community, 1, new PageLimit(10));

        assertThat(scores.saveScores(community, T1, batch, NOW.plusSeconds(5))).isEmpty();

        assertThat(ranking.findFromRank(community, 1, new PageLimit(10))).isEqualTo(before);
        assertThat(before).extracting(RankedMember::userId).containsExactly(second, first);
    }

    @Test
    void appliesEachMemberAgainstItsOwnStoredAsOf() {
        CommunityId community = newCommunity();
        UserId updatedEarly = newUser();
        UserId updatedLate = newUser();
        scores.saveScores(community, T1, List.of(byUser(updatedEarly, "1")), NOW);
        scores.saveScores(community, T3, List.of(byUser(updatedLate, "1")), NOW);

        List<UserId> applied = scores.saveScores(community, T2,
                List.of(byUser(updatedEarly, "2"), byUser(updatedLate, "2")), NOW);

        assertThat(applied).containsExactly(updatedEarly);
        assertThat(scoreOf(community, updatedEarly)).isEqualTo(Score.parse("2"));
        assertThat(scoreOf(community, updatedLate)).isEqualTo(Score.parse("1"));
    }

    @Test
    void anEntryByWalletUpdatesTheMemberHoldingItAndAnUnknownWalletIsSkipped() {
        CommunityId community = newCommunity();
        UserId holder = newUser();
        bean(RegisterMemberPort.class).registerMember(community, holder, new Nym("holder"), T1);
        WalletAddress wallet = new WalletAddress("0x" + "ab".repeat(20));
        execute("UPDATE member_profiles SET wallet = ? WHERE community_id = ? AND user_id = ?",
                wallet.value(), community.value(), holder.value());
        WalletAddress unknown = new WalletAddress("0x" + "cd".repeat(20));

        List<UserId> applied = scores.saveScores(community, T2,
                List.of(byWallet(wallet, "123.45"), byWallet(unknown, "999")), NOW);

        assertThat(applied).containsExactly(holder);
        assertThat(scoreOf(community, holder)).isEqualTo(Score.parse("123.45"));
        assertThat(profileCount(community)).isEqualTo(1);
        assertThat(ranking.countRanked(community)).isEqualTo(1);
    }

    @Test
    void anUnknownUserGetsAPlaceholderProfileJoinedNowWithoutATier() {
        CommunityId community = newCommunity();
        UserId stranger = newUser();

        assertThat(scores.saveScores(community, T1, List.of(byUser(stranger, "6.9")), NOW)).containsExactly(stranger);

        MemberProfile profile = profiles.findProfile(community, stranger).orElseThrow();
        assertThat(profile.nym()).isEqualTo(new Nym("member-" + stranger.value()));
        assertThat(profile.joinedAt()).isEqualTo(NOW);
        assertThat(profile.tier()).isEqualTo(Tier.NONE);
        assertThat(profile.score()).isEqualTo(Score.parse("6.9"));
        assertThat(ranking.findRanked(community, stranger).orElseThrow().rank()).isEqualTo(1);
    }

    @Test
    void aPlaceholderNymSomeoneAlreadyHoldsGetsASuffix() {
        CommunityId community = newCommunity();
        UserId stranger = newUser();
        UserId squatter = newUser();
        bean(RegisterMemberPort.class).registerMember(community, squatter, new Nym("MEMBER-" + stranger.value()), T1);

        assertThat(scores.saveScores(community, T1, List.of(byUser(stranger, "1")), NOW)).containsExactly(stranger);

        assertThat(profiles.findProfile(community, stranger).orElseThrow().nym())
                .isEqualTo(new Nym("member-" + stranger.value() + "-2"));
    }

    @Test
    void theLastEntryForAMemberInABatchWins() {
        CommunityId community = newCommunity();
        UserId user = newUser();

        assertThat(scores.saveScores(community, T1, List.of(byUser(user, "1"), byUser(user, "2")), NOW))
                .containsExactly(user);

        assertThat(scoreOf(community, user)).isEqualTo(Score.parse("2"));
    }

    @Test
    void aScoreOfZeroUnranksTheMemberAndCloseTheGap() {
        CommunityId community = newCommunity();
        UserId top = newUser();
        UserId middle = newUser();
        UserId bottom = newUser();
        scores.saveScores(community, T1, List.of(byUser(top, "3"), byUser(middle, "2"), byUser(bottom, "1")), NOW);

        scores.saveScores(community, T2, List.of(byUser(middle, "0")), NOW);

        assertThat(ranking.findRanked(community, middle)).isEmpty();
        assertThat(ranking.countRanked(community)).isEqualTo(2);
        assertThat(ranking.findAtRank(community, 2).orElseThrow().userId()).isEqualTo(bottom);
        assertThat(profiles.findProfile(community, middle).orElseThrow().score()).isEqualTo(Score.ZERO);
    }

    @Test
    void scoresAreExactToEighteenDecimalsAtTheTopOfTheRange() {
        CommunityId community = newCommunity();
        UserId higher = newUser();
        UserId lower = newUser();
        Score big = Score.parse("999999999999999999999999999999.999999999999999999");
        Score justBelow = Score.parse("999999999999999999999999999999.999999999999999998");

        scores.saveScores(community, T1, List.of(byUser(lower, justBelow.toPlainString()),
                byUser(higher, big.toPlainString())), NOW);

        assertThat(ranking.findAtRank(community, 1).orElseThrow()).satisfies(first -> {
            assertThat(first.userId()).isEqualTo(higher);
            assertThat(first.score()).isEqualTo(big);
        });
        assertThat(ranking.findAtRank(community, 2).orElseThrow().score()).isEqualTo(justBelow);
    }

    @Test
    void aFullBatchOfAThousandEntriesIsAppliedAndRanked() {
        CommunityId community = newCommunity();
        List<ScoreEntry> entries = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            entries.add(byUser(newUser(), Integer.toString(1 + i % 250)));
        }

        assertThat(scores.saveScores(community, T1, entries, NOW)).hasSize(1000);

        assertThat(ranking.countRanked(community)).isEqualTo(1000);
        assertThat(ranking.findAtRank(community, 1).orElseThrow().score()).isEqualTo(Score.parse("250"));
        assertThat(ranking.findAtRank(community, 1000).orElseThrow().score()).isEqualTo(Score.parse("1"));
    }

    @Test
    void twoCommunitiesKeepSeparateScoresAndRanksForTheSameUser() {
        CommunityId one = newCommunity();
        CommunityId other = newCommunity();
        UserId shared = newUser();
        UserId local = newUser();
        scores.saveScores(one, T1, List.of(byUser(shared, "5"), byUser(local, "9")), NOW);
        scores.saveScores(other, T1, List.of(byUser(shared, "1")), NOW);

        assertThat(ranking.findRanked(one, shared).orElseThrow().rank()).isEqualTo(2);
        assertThat(ranking.findRanked(other, shared).orElseThrow().rank()).isEqualTo(1);
        assertThat(ranking.findRanked(other, shared).orElseThrow().score()).isEqualTo(Score.parse("1"));
        assertThat(ranking.countRanked(other)).isEqualTo(1);
        assertThat(ranking.findRanked(other, local)).isEmpty();
        assertThat(scores.saveScores(other, T1, List.of(byUser(local, "3")), NOW))
                .as("as-of is per community").containsExactly(local);
    }

    private Score scoreOf(CommunityId community, UserId user) {
        return profiles.findProfile(community, user).orElseThrow().score();
    }

    private static long profileCount(CommunityId community) {
        return queryLong("SELECT count(*) FROM member_profiles WHERE community_id = ?", community.value());
    }

    private static ScoreEntry byUser(UserId user, String score) {
        return new ScoreEntry(Optional.of(user), Optional.empty(), Score.parse(score));
    }

    private static ScoreEntry byWallet(WalletAddress wallet, String score) {
        return new ScoreEntry(Optional.empty(), Optional.of(wallet), Score.parse(score));
    }
}
