package dev.tiergate.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.out.profile.LoadProfilesPort;
import dev.tiergate.application.port.out.profile.RegisterMemberPort;
import dev.tiergate.application.port.out.ranking.LoadRankingPort;
import dev.tiergate.application.port.out.score.SaveScoresPort;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.Bio;
import dev.tiergate.domain.profile.MemberProfile;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.ScoreEntry;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.tier.Tier;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Registering, restoring and loading member profiles; nyms unique per community, case-insensitively. */
class ProfileAdapterIT extends AdapterIntegrationTest {

    private static final Instant JOINED = Instant.parse("2025-01-15T08:30:00.123456Z");

    private final RegisterMemberPort register = bean(RegisterMemberPort.class);
    private final LoadProfilesPort profiles = bean(LoadProfilesPort.class);

    @Test
    void aNewMemberIsStoredWithTheWantedNymAndNoScoreOrTier() {
        CommunityId community = newCommunity();
        UserId user = newUser();

        MemberProfile created = register.registerMember(community, user, new Nym("Stilgar"), JOINED);

        assertThat(created).isEqualTo(new MemberProfile(community, user, new Nym("Stilgar"), Bio.EMPTY,
                Optional.empty(), JOINED, Score.ZERO, Tier.NONE, false, false, Optional.empty()));
        assertThat(profiles.findProfile(community, user)).contains(created);
    }

    @Test
    void registeringAnExistingMemberAgainChangesNothing() {
        CommunityId community = newCommunity();
        UserId user = newUser();
        MemberProfile first = register.registerMember(community, user, new Nym("Chani"), JOINED);

        MemberProfile again = register.registerMember(community, user, new Nym("Someone Else"), JOINED.plusSeconds(60));

        assertThat(again).isEqualTo(first);
        assertThat(profiles.findProfile(community, user)).contains(first);
    }

    @Test
    void aTakenNymGetsTheFirstFreeSuffixCaseInsensitively() {
        CommunityId community = newCommunity();
        register.registerMember(community, newUser(), new Nym("Paul"), JOINED);
        register.registerMember(community, newUser(), new Nym("paul-2"), JOINED);

        MemberProfile third = register.registerMember(community, newUser(), new Nym("PAUL"), JOINED);

        assertThat(third.nym()).isEqualTo(new Nym("PAUL-3"));
    }

    @Test
    void findsByNymCaseInsensitively() {
        CommunityId community = newCommunity();
        UserId user = newUser();
        register.registerMember(community, user, new Nym("Liet Kynes"), JOINED);

        assertThat(profiles.findProfileByNym(community, new Nym("liet KYNES")))
                .map(MemberProfile::userId).contains(user);
        assertThat(profiles.findProfileByNym(community, new Nym("Liet"))).isEmpty();
    }

    @Test
    void aMemberWhoLeftIsNotFoundButKeepsItsNymAndIsRestoredWithItOnRejoining() {
        CommunityId community = newCommunity();
        UserId user = newUser();
        register.registerMember(community, user, new Nym("Jamis"), JOINED);
        bean(SaveScoresPort.class).saveScores(community, JOINED, List.of(
                new ScoreEntry(Optional.of(user), Optional.empty(), Score.parse("42"))), JOINED);
        markLeft(community, user);

        assertThat(profiles.findProfile(community, user)).isEmpty();
        assertThat(profiles.findProfileByNym(community, new Nym("jamis"))).isEmpty();
        assertThat(bean(LoadRankingPort.class).findRanked(community, user)).isEmpty();
        MemberProfile newcomer = register.registerMember(community, newUser(), new Nym("JAMIS"), JOINED);
        assertThat(newcomer.nym()).as("a left member's nym stays reserved").isEqualTo(new Nym("JAMIS-2"));

        MemberProfile restored = register.registerMember(community, user, new Nym("Other"), JOINED.plusSeconds(600));

        assertThat(restored.left()).isFalse();
        assertThat(restored.nym()).isEqualTo(new Nym("Jamis"));
        assertThat(restored.joinedAt()).isEqualTo(JOINED);
        assertThat(restored.score()).isEqualTo(Score.parse("42"));
        assertThat(profiles.findProfile(community, user)).contains(restored);
        assertThat(bean(LoadRankingPort.class).findRanked(community, user).orElseThrow().rank()).isEqualTo(1);
    }

    @Test
    void theFirstRegistrationOfAMemberAScoreCreatedReplacesThePlaceholderNymAndJoinTime() {
        CommunityId community = newCommunity();
        UserId early = newUser();
        UserId late = newUser();
        Instant ingested = JOINED.plusSeconds(86_400);
        bean(SaveScoresPort.class).saveScores(community, ingested, List.of(
                new ScoreEntry(Optional.of(late), Optional.empty(), Score.parse("10")),
                new ScoreEntry(Optional.of(early), Optional.empty(), Score.parse("10"))), ingested);
        // Same score and join time: the smaller user id ranks first.
        assertThat(bean(LoadRankingPort.class).findRanked(community, late).orElseThrow().rank()).isEqualTo(2);

        MemberProfile registered = register.registerMember(community, late, new Nym("Gurney"), JOINED);

        assertThat(registered.nym()).isEqualTo(new Nym("Gurney"));
        assertThat(registered.joinedAt()).isEqualTo(JOINED);
        assertThat(registered.score()).isEqualTo(Score.parse("10"));
        assertThat(bean(LoadRankingPort.class).findRanked(community, late).orElseThrow().rank())
                .as("joined earlier now").isEqualTo(1);
        assertThat(register.registerMember(community, late, new Nym("Halleck"), JOINED.plusSeconds(1)))
                .as("only the first registration fills in").isEqualTo(registered);
    }

    @Test
    void twoCommunitiesHaveIndependentMembersAndNyms() {
        CommunityId one = newCommunity();
        CommunityId other = newCommunity();
        UserId user = newUser();
        register.registerMember(one, user, new Nym("Irulan"), JOINED);

        MemberProfile elsewhere = register.registerMember(other, newUser(), new Nym("irulan"), JOINED);

        assertThat(elsewhere.nym()).isEqualTo(new Nym("irulan"));
        assertThat(profiles.findProfile(other, user)).isEmpty();
        assertThat(profiles.findProfileByNym(one, new Nym("IRULAN"))).map(MemberProfile::userId).contains(user);
    }
}
