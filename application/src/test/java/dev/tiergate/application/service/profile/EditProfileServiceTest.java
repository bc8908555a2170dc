package dev.tiergate.application.service.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.profile.EditProfileCommand;
import dev.tiergate.application.port.in.profile.ProfileEdit;
import dev.tiergate.application.port.out.profile.EditableProfile;
import dev.tiergate.application.port.out.profile.ProfileChange;
import dev.tiergate.application.port.out.profile.ProfileUpdate;
import dev.tiergate.application.port.out.profile.UpdateProfilePort;
import dev.tiergate.application.testing.SettableClock;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.Bio;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.NymChangePolicy;
import dev.tiergate.domain.profile.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EditProfileServiceTest {

    private static final CommunityId GUILD = new CommunityId("123456789012345678");
    private static final UserId MEMBER = new UserId("987654321098765432");
    private static final UserId OTHER = new UserId("987654321098765433");
    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    private final SettableClock clock = new SettableClock(START);
    private final InMemoryProfiles profiles = new InMemoryProfiles();
    private final EditProfileService service = new EditProfileService(profiles, NymChangePolicy.DEFAULT, clock);

    EditProfileServiceTest() {
        profiles.members.put(MEMBER, new EditableProfile(new Nym("Paul"), Bio.EMPTY, Optional.empty()));
        profiles.members.put(OTHER, new EditableProfile(new Nym("Chani"), Bio.EMPTY, Optional.empty()));
    }

    private ProfileEdit edit(String nym, String bio) {
        return service.editProfile(new EditProfileCommand(GUILD, MEMBER, Optional.ofNullable(nym), Optional.ofNullable(bio)));
    }

    @Test
    void theFirstNymChangeIsAllowedAndTheNextOneWaitsThirtyDays() {
        ProfileEdit first = edit("MuadDib", null);

        assertThat(first).isEqualTo(new ProfileEdit.Updated(new Nym("MuadDib"), Bio.EMPTY,
                Optional.of(START.plus(Duration.ofDays(30)))));
        assertThat(profiles.members.get(MEMBER).lastNymChange()).contains(START);
    }

    @Test
    void aSecondNymChangeWithinThirtyDaysIsRefusedWithTheDateAndChangesNothingNotEvenTheBio() {
        edit("Usul", null);
        clock.advance(Duration.ofDays(29));

        ProfileEdit second = edit("Paul Atreides", "Kwisatz Haderach");

        assertThat(second).isEqualTo(new ProfileEdit.NymTooSoon(START.plus(Duration.ofDays(30))));
        assertThat(profiles.members.get(MEMBER)).isEqualTo(
                new EditableProfile(new Nym("Usul"), Bio.EMPTY, Optional.of(START)));
    }

    @Test
    void thirtyDaysAfterAChangeTheNymMayChangeAgain() {
        edit("Usul", null);
        clock.advance(Duration.ofDays(30));

        assertThat(edit("Paul Atreides", null)).isInstanceOf(ProfileEdit.Updated.class);
        assertThat(profiles.members.get(MEMBER).nym()).isEqualTo(new Nym("Paul Atreides"));
    }

    @Test
    void aBioChangeIsAllowedAnyTimeAndDoesNotCountAsANymChange() {
        edit("Usul", null);
        clock.advance(Duration.ofDays(1));

        ProfileEdit bioOnly = edit(null, "Fremen");
        ProfileEdit sameNymAndBio = edit("Usul", "Fremen of Sietch Tabr");

        assertThat(bioOnly).isEqualTo(new ProfileEdit.Updated(new Nym("Usul"), new Bio("Fremen"),
                Optional.of(START.plus(Duration.ofDays(30)))));
        assertThat(sameNymAndBio).isInstanceOf(ProfileEdit.Updated.class);
        assertThat(profiles.members.get(MEMBER).lastNymChange()).contains(START);
    }

    @Test
    void whatTheProfileAlreadySaysIsNothingToChangeButADifferentCaseIsAChange() {
        assertThat(edit(null, null)).isEqualTo(new ProfileEdit.NothingToChange());
        assertThat(edit("Paul", "")).isEqualTo(new ProfileEdit.NothingToChange());
        assertThat(profiles.writes).isZero();

        assertThat(edit("PAUL", null)).isInstanceOf(ProfileEdit.Updated.class);
        assertThat(profiles.members.get(MEMBER).nym()).isEqualTo(new Nym("PAUL"));
    }

    @Test
    void aNymAnotherMemberHoldsInAnyCaseIsTakenAndNothingChanges() {
        assertThat(edit("chANI", "new bio")).isEqualTo(new ProfileEdit.NymTaken(new Nym("chANI")));
        assertThat(profiles.members.get(MEMBER)).isEqualTo(new EditableProfile(new Nym("Paul"), Bio.EMPTY, Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "@everyone", "@here", "<@123456789012345678>", "a%b", "100%", "a_%", "zero\u200Bwidth",
            "joiner\u200Dx", "two  spaces", "back\\slash", "emoji🙂", "line\nbreak"})
    void hostileNymsAreRefusedNamingTheFieldAndNeverStored(String nym) {
        ProfileEdit result = edit(nym, "ignored");

        assertThat(result).isInstanceOf(ProfileEdit.Invalid.class);
        assertThat(((ProfileEdit.Invalid) result).field()).isEqualTo("nym");
        assertThat(profiles.writes).isZero();
    }

    @Test
    void hugeInputsAreRefusedNamingTheField() {
        assertThat(edit("x".repeat(10_240), null)).isEqualTo(new ProfileEdit.Invalid("nym", "must be 3 to 32 characters"));
        assertThat(edit(null, "x".repeat(10_240))).isEqualTo(new ProfileEdit.Invalid("bio", "must be at most 160 characters"));
        assertThat(edit(null, "x".repeat(161))).isEqualTo(new ProfileEdit.Invalid("bio", "must be at most 160 characters"));
        assertThat(profiles.writes).isZero();
    }

    @Test
    void surroundingSpacesOfANymAreIgnored() {
        assertThat(edit("  Usul  ", null)).isInstanceOf(ProfileEdit.Updated.class);
        assertThat(profiles.members.get(MEMBER).nym()).isEqualTo(new Nym("Usul"));
    }

    @Test
    void aBioWithMentionsAndLinksIsStoredExactlyAsTyped() {
        String typed = "@everyone @here <@123456789012345678> see https://example.com";

        edit(null, typed);

        assertThat(profiles.members.get(MEMBER).bio().value()).isEqualTo(typed);
    }

    @Test
    void aMemberWithoutAProfileIsToldSo() {
        profiles.members.remove(MEMBER);

        assertThat(edit("Usul", null)).isEqualTo(new ProfileEdit.NoProfile());
    }

    @Test
    void aConcurrentNymChangeFoundAtWriteTimeIsDecidedAgainOnAFreshRead() {
        profiles.beforeNextWrite = () -> profiles.members.put(MEMBER,
                new EditableProfile(new Nym("Usul"), Bio.EMPTY, Optional.of(START)));

        assertThat(edit("Muad Dib", null)).isEqualTo(new ProfileEdit.NymTooSoon(START.plus(Duration.ofDays(30))));
        assertThat(profiles.members.get(MEMBER).nym()).isEqualTo(new Nym("Usul"));
    }

    /** Compare-and-set semantics of the real adapter: a new nym applies only while the last change is as read. */
    private static final class InMemoryProfiles implements UpdateProfilePort {
        final Map<UserId, EditableProfile> members = new HashMap<>();
        Runnable beforeNextWrite = () -> { };
        int writes;

        @Override
        public Optional<EditableProfile> findEditable(CommunityId communityId, UserId member) {
            return Optional.ofNullable(members.get(member));
        }

        @Override
        public ProfileUpdate updateProfile(CommunityId communityId, UserId member, ProfileChange change) {
            beforeNextWrite.run();
            beforeNextWrite = () -> { };
            EditableProfile current = members.get(member);
            if (current == null || change.nym().isPresent() && !current.lastNymChange().equals(change.expectedLastNymChange())) {
                return new ProfileUpdate.Outdated();
            }
            boolean taken = change.nym().isPresent() && members.entrySet().stream().anyMatch(entry ->
                    !entry.getKey().equals(member) && entry.getValue().nym().key().equals(change.nym().get().key()));
            if (taken) {
                return new ProfileUpdate.NymTaken();
            }
            writes++;
            members.put(member, new EditableProfile(change.nym().orElse(current.nym()), change.bio().orElse(current.bio()),
                    change.nym().isPresent() ? Optional.of(change.at()) : current.lastNymChange()));
            return new ProfileUpdate.Saved();
        }
    }
}
