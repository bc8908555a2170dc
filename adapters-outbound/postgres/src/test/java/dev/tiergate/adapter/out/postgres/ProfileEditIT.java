package dev.tiergate.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.profile.EditProfileCommand;
import dev.tiergate.application.port.in.profile.ProfileEdit;
import dev.tiergate.application.port.out.profile.LoadProfilesPort;
import dev.tiergate.application.port.out.profile.RegisterMemberPort;
import dev.tiergate.application.port.out.profile.UpdateProfilePort;
import dev.tiergate.application.port.out.score.SaveScoresPort;
import dev.tiergate.application.service.profile.EditProfileService;
import dev.tiergate.application.testing.SettableClock;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.Bio;
import dev.tiergate.domain.profile.MemberProfile;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.NymChangePolicy;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.ScoreEntry;
import dev.tiergate.domain.profile.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** /profile edit against PostgreSQL: the 30-day nym rule, case-insensitive uniqueness under races, hostile input. */
class ProfileEditIT extends AdapterIntegrationTest {

    private static final Instant JOINED = Instant.parse("2026-01-10T08:00:00Z");
    private static final Instant START = Instant.parse("2026-03-01T10:00:00.123456Z");

    private final SettableClock clock = new SettableClock(START);
    private final EditProfileService service = new EditProfileService(bean(UpdateProfilePort.class),
            NymChangePolicy.DEFAULT, clock);
    private final RegisterMemberPort register = bean(RegisterMemberPort.class);
    private final LoadProfilesPort profiles = bean(LoadProfilesPort.class);

    private UserId member(CommunityId community, String nym) {
        UserId user = newUser();
        register.registerMember(community, user, new Nym(nym), JOINED);
        return user;
    }

    private ProfileEdit edit(CommunityId community, UserId member, String nym, String bio) {
        return service.editProfile(new EditProfileCommand(community, member, Optional.ofNullable(nym),
                Optional.ofNullable(bio)));
    }

    private MemberProfile stored(CommunityId community, UserId member) {
        return profiles.findProfile(community, member).orElseThrow();
    }

    @Test
    void theNymChangesOncePerThirtyDaysCountedFromTheStoredChangeTime() {
        CommunityId community = newCommunity();
        UserId paul = member(community, "Paul");

        assertThat(edit(community, paul, "Usul", null)).isEqualTo(new ProfileEdit.Updated(new Nym("Usul"), Bio.EMPTY,
                Optional.of(START.plus(Duration.ofDays(30)))));
        assertThat(queryLong("SELECT extract(epoch FROM nym_changed_at)::bigint FROM member_profiles"
                + " WHERE community_id = ? AND user_id = ?", community.value(), paul.value()))
                .isEqualTo(START.getEpochSecond());

        clock.advance(Duration.ofDays(30).minusSeconds(1));
        assertThat(edit(community, paul, "Muad Dib", "the bio waits too"))
                .isEqualTo(new ProfileEdit.NymTooSoon(START.plus(Duration.ofDays(30))));
        assertThat(stored(community, paul).nym()).isEqualTo(new Nym("Usul"));
        assertThat(stored(community, paul).bio()).isEqualTo(Bio.EMPTY);

        clock.advance(Duration.ofSeconds(1));
        assertThat(edit(community, paul, "Muad Dib", null)).isInstanceOf(ProfileEdit.Updated.class);
        assertThat(stored(community, paul).nym()).isEqualTo(new Nym("Muad Dib"));
    }

    @Test
    void aBioChangeIsStoredAsTypedAndDoesNotStartTheNymCooldown() {
        CommunityId community = newCommunity();
        UserId chani = member(community, "Chani");
        String typed = "@everyone @here <@123456789012345678> https://example.com/%_\\ Ünïcode 名前";

        assertThat(edit(community, chani, null, typed)).isEqualTo(new ProfileEdit.Updated(new Nym("Chani"),
                new Bio(typed), Optional.empty()));

        assertThat(stored(community, chani).bio().value()).isEqualTo(typed);
        assertThat(edit(community, chani, "Sihaya", null)).isInstanceOf(ProfileEdit.Updated.class);
    }

    @Test
    void aNymHeldByAnotherMemberInAnyCaseOrByOneWhoLeftIsTakenAndNothingChanges() {
        CommunityId community = newCommunity();
        member(community, "Stilgar");
        UserId jamis = member(community, "Jamis");
        UserId gone = member(community, "Farok");
        markLeft(community, gone);

        assertThat(edit(community, jamis, "STILGAR", "new bio")).isEqualTo(new ProfileEdit.NymTaken(new Nym("STILGAR")));
        assertThat(edit(community, jamis, "farok", null)).isEqualTo(new ProfileEdit.NymTaken(new Nym("farok")));
        assertThat(stored(community, jamis).nym()).isEqualTo(new Nym("Jamis"));
        assertThat(stored(community, jamis).bio()).isEqualTo(Bio.EMPTY);
        assertThat(edit(community, jamis, "Stilgar-2", null)).as("the failed attempts did not start the cooldown")
                .isInstanceOf(ProfileEdit.Updated.class);
    }

    @Test
    void changingOnlyTheCaseOfOnesOwnNymIsAllowed() {
        CommunityId community = newCommunity();
        UserId liet = member(community, "liet");

        assertThat(edit(community, liet, "Liet", null)).isInstanceOf(ProfileEdit.Updated.class);
        assertThat(stored(community, liet).nym()).isEqualTo(new Nym("Liet"));
    }

    @Test
    void ofTwoMembersClaimingTheSameNymAtOnceExactlyOneWins() throws Exception {
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 10; round++) {
                CommunityId community = newCommunity();
                UserId first = member(community, "First");
                UserId second = member(community, "Second");
                String wanted = round % 2 == 0 ? "Kwisatz" : "kwisatz";
                CyclicBarrier start = new CyclicBarrier(2);

                Future<ProfileEdit> one = threads.submit(() -> {
                    start.await();
                    return edit(community, first, wanted, null);
                });
                Future<ProfileEdit> other = threads.submit(() -> {
                    start.await();
                    return edit(community, second, wanted.toUpperCase(Locale.ROOT), null);
                });
                List<ProfileEdit> outcomes = List.of(one.get(), other.get());

                assertThat(outcomes).filteredOn(ProfileEdit.Updated.class::isInstance).hasSize(1);
                assertThat(outcomes).filteredOn(ProfileEdit.NymTaken.class::isInstance).hasSize(1);
                assertThat(queryLong("SELECT count(*) FROM member_profiles WHERE community_id = ? AND nym_key = 'kwisatz'",
                        community.value())).isEqualTo(1);
            }
        }
    }

    @Test
    void ofTwoConcurrentNymChangesOfOneMemberOnlyOneHappens() throws Exception {
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 10; round++) {
                CommunityId community = newCommunity();
                UserId paul = member(community, "Paul");
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<ProfileEdit>> futures = new ArrayList<>();
                for (String nym : List.of("Usul", "Muad Dib")) {
                    futures.add(threads.submit(() -> {
                        start.await();
                        return edit(community, paul, nym, null);
                    }));
                }
                List<ProfileEdit> outcomes = List.of(futures.get(0).get(), futures.get(1).get());

                assertThat(outcomes).filteredOn(ProfileEdit.Updated.class::isInstance).hasSize(1);
                assertThat(outcomes).filteredOn(ProfileEdit.NymTooSoon.class::isInstance).hasSize(1);
                ProfileEdit.Updated winner = (ProfileEdit.Updated) outcomes.stream()
                        .filter(ProfileEdit.Updated.class::isInstance).findFirst().orElseThrow();
                assertThat(stored(community, paul).nym()).isEqualTo(winner.nym());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "%%%", "a%b", "\\\\\\", "a\\b", "zero\u200Bwidth", "\u200B\u200B\u200B", "@everyone",
            "<@123456789012345678>", "two  spaces", "emoji🙂🙂🙂", "nul\u0000byte"})
    void hostileNymsAreRefusedNamingTheFieldAndNeverStored(String hostile) {
        CommunityId community = newCommunity();
        UserId irulan = member(community, "Irulan");

        ProfileEdit result = edit(community, irulan, hostile, "never stored");

        assertThat(result).isInstanceOf(ProfileEdit.Invalid.class);
        assertThat(((ProfileEdit.Invalid) result).field()).isEqualTo("nym");
        assertThat(stored(community, irulan).nym()).isEqualTo(new Nym("Irulan"));
        assertThat(stored(community, irulan).bio()).isEqualTo(Bio.EMPTY);
    }

    @Test
    void tenKilobyteInputsAreRefusedNamingTheField() {
        CommunityId community = newCommunity();
        UserId alia = member(community, "Alia");

        assertThat(edit(community, alia, "a".repeat(10_240), null))
                .isEqualTo(new ProfileEdit.Invalid("nym", "must be 3 to 32 characters"));
        assertThat(edit(community, alia, null, "@everyone ".repeat(1_024)))
                .isEqualTo(new ProfileEdit.Invalid("bio", "must be at most 160 characters"));
        assertThat(stored(community, alia).nym()).isEqualTo(new Nym("Alia"));
        assertThat(stored(community, alia).bio()).isEqualTo(Bio.EMPTY);
    }

    @Test
    void unicodeAndWildcardCharactersANymMayHoldRoundTrip() {
        CommunityId community = newCommunity();
        UserId ghanima = member(community, "Ghanima");

        assertThat(edit(community, ghanima, "Ünïcode_名前-1.x", null)).isInstanceOf(ProfileEdit.Updated.class);

        assertThat(stored(community, ghanima).nym()).isEqualTo(new Nym("Ünïcode_名前-1.x"));
        assertThat(profiles.findProfileByNym(community, new Nym("üNÏCODE_名前-1.X"))).map(MemberProfile::userId)
                .contains(ghanima);
    }

    @Test
    void choosingANymEndsThePlaceholderSoALaterRegistrationKeepsIt() {
        CommunityId community = newCommunity();
        UserId early = newUser();
        bean(SaveScoresPort.class).saveScores(community, START, List.of(
                new ScoreEntry(Optional.of(early), Optional.empty(), Score.parse("5"))), START);

        assertThat(edit(community, early, "Leto", null)).isInstanceOf(ProfileEdit.Updated.class);
        MemberProfile registered = register.registerMember(community, early, new Nym("discord-name"), JOINED);

        assertThat(registered.nym()).isEqualTo(new Nym("Leto"));
        assertThat(queryLong("SELECT count(*) FROM member_profiles WHERE community_id = ? AND user_id = ?"
                + " AND nym_placeholder", community.value(), early.value())).isZero();
    }

    @Test
    void aMemberWhoLeftOrNeverJoinedHasNoProfileToEdit() {
        CommunityId community = newCommunity();
        UserId gone = member(community, "Gone");
        markLeft(community, gone);

        assertThat(edit(community, gone, "Back", null)).isEqualTo(new ProfileEdit.NoProfile());
        assertThat(edit(community, gone, null, "bio")).isEqualTo(new ProfileEdit.NoProfile());
        assertThat(edit(community, newUser(), "Stranger", null)).isEqualTo(new ProfileEdit.NoProfile());
    }
}
