package dev.tiergate.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.out.naib.UpdateNaibSeatsPort;
import dev.tiergate.application.port.out.score.SaveScoresPort;
import dev.tiergate.application.port.out.tier.LoadTierCandidatesPort;
import dev.tiergate.application.port.out.tier.SaveTierChangesPort;
import dev.tiergate.application.port.out.tier.TierCandidate;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.naib.SeatingChanges;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.ScoreEntry;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.tier.Standing;
import dev.tiergate.domain.tier.Tier;
import dev.tiergate.domain.tier.TierChange;
import dev.tiergate.domain.tier.TierDecision;
import dev.tiergate.domain.tier.TierState;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Tier candidates are exactly the members whose tier can have moved; decisions land on the profile and in history. */
class TierAdapterIT extends AdapterIntegrationTest {

    private static final Instant T1 = Instant.parse("2025-05-01T00:00:00Z");
    private static final Instant T2 = T1.plusSeconds(3600);

    private final LoadTierCandidatesPort candidates = bean(LoadTierCandidatesPort.class);
    private final SaveTierChangesPort save = bean(SaveTierChangesPort.class);

    @Test
    void candidatesAreTheNamedTheTopRanksRankBasedTiersAndPendingDemotions() {
        CommunityId community = newCommunity();
        List<UserId> ranked = scoredMembers(community, 10); // rank i+1 holds score 10 - i
        UserId unrankedNamed = newUser();
        bean(SaveScoresPort.class).saveScores(community, T1,
                List.of(new ScoreEntry(Optional.of(unrankedNamed), Optional.empty(), Score.ZERO)), T1);
        UserId fedaykinAtRank8 = ranked.get(7);
        UserId demotingAtRank6 = ranked.get(5);
        UserId seatedAtRank2 = ranked.get(1);
        save.saveTierDecisions(community, Map.of(
                fedaykinAtRank8, new TierDecision(TierState.of(Tier.FEDAYKIN), Optional.empty()),
                demotingAtRank6, new TierDecision(new TierState(Tier.SIHAYA, Optional.of(T1)), Optional.empty())));
        bean(UpdateNaibSeatsPort.class).applySeatingChanges(community,
                new SeatingChanges(List.of(seatedAtRank2), List.of()), T1);

        List<TierCandidate> loaded = candidates.loadTierCandidates(community,
                List.of(ranked.get(9), unrankedNamed), 3);

        assertThat(loaded).extracting(TierCandidate::userId).containsExactlyInAnyOrder(
                ranked.get(0), seatedAtRank2, ranked.get(2), demotingAtRank6, fedaykinAtRank8, ranked.get(9),
                unrankedNamed);
        assertThat(candidate(loaded, seatedAtRank2)).isEqualTo(new TierCandidate(seatedAtRank2, TierState.NONE,
                Standing.ranked(2, Score.parse("9"), true)));
        assertThat(candidate(loaded, demotingAtRank6)).isEqualTo(new TierCandidate(demotingAtRank6,
                new TierState(Tier.SIHAYA, Optional.of(T1)), Standing.ranked(6, Score.parse("5"), false)));
        assertThat(candidate(loaded, fedaykinAtRank8).state()).isEqualTo(TierState.of(Tier.FEDAYKIN));
        assertThat(candidate(loaded, unrankedNamed).standing())
                .isEqualTo(new Standing(OptionalInt.empty(), Score.ZERO, false));
    }

    @Test
    void candidatesOfAnotherCommunityAreNeverLoaded() {
        CommunityId one = newCommunity();
        CommunityId other = newCommunity();
        List<UserId> members = scoredMembers(one, 3);

        assertThat(candidates.loadTierCandidates(other, members, 69)).isEmpty();
    }

    @Test
    void aDecisionUpdatesTheTierStateAndAChangeIsAppendedToTheHistory() {
        CommunityId community = newCommunity();
        List<UserId> members = scoredMembers(community, 2);
        UserId promoted = members.get(0);
        UserId waiting = members.get(1);

        save.saveTierDecisions(community, Map.of(
                promoted, new TierDecision(TierState.of(Tier.FEDAYKIN),
                        Optional.of(new TierChange(Tier.NONE, Tier.FEDAYKIN, T2, TierChange.Cause.PROMOTED))),
                waiting, new TierDecision(new TierState(Tier.NONE, Optional.of(T2)), Optional.empty())));

        List<TierCandidate> loaded = candidates.loadTierCandidates(community, members, 0);
        assertThat(candidate(loaded, promoted).state()).isEqualTo(TierState.of(Tier.FEDAYKIN));
        assertThat(candidate(loaded, waiting).state()).isEqualTo(new TierState(Tier.NONE, Optional.of(T2)));
        assertThat(queryLong("""
                SELECT count(*) FROM tier_changes
                WHERE community_id = ? AND user_id = ? AND from_tier = 'NONE' AND to_tier = 'FEDAYKIN'
                  AND cause = 'PROMOTED' AND changed_at = ?""", community.value(), promoted.value(),
                OffsetDateTime.ofInstant(T2, ZoneOffset.UTC))).isEqualTo(1);
        assertThat(queryLong("SELECT count(*) FROM tier_changes WHERE community_id = ?", community.value()))
                .isEqualTo(1);

        save.saveTierDecisions(community, Map.of(promoted, new TierDecision(TierState.of(Tier.USUL),
                Optional.of(new TierChange(Tier.FEDAYKIN, Tier.USUL, T2.plusSeconds(86_400),
                        TierChange.Cause.DEMOTED_AFTER_GRACE)))));

        assertThat(queryLong("SELECT count(*) FROM tier_changes WHERE community_id = ? AND user_id = ?",
                community.value(), promoted.value())).as("history is appended, never rewritten").isEqualTo(2);
    }

    private static TierCandidate candidate(List<TierCandidate> loaded, UserId user) {
        return loaded.stream().filter(c -> c.userId().equals(user)).findFirst().orElseThrow();
    }

    /** {@code count} members ranked 1..count with scores count..1. */
    private static List<UserId> scoredMembers(CommunityId community, int count) {
        List<UserId> users = new ArrayList<>();
        List<ScoreEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UserId user = newUser();
            users.add(user);
            entries.add(new ScoreEntry(Optional.of(user), Optional.empty(), Score.parse(Integer.toString(count - i))));
        }
        bean(SaveScoresPort.class).saveScores(community, T1, entries, T1);
        return users;
    }
}
