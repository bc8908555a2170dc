package dev.tiergate.application.service.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.profile.ProfileEdit;
import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.application.port.out.interaction.ReplyField;
import dev.tiergate.domain.profile.Bio;
import dev.tiergate.domain.profile.Nym;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProfileEditReplyTest {

    private static final Nym LONGEST_NYM = new Nym("a_b_c_d_e_f_g_h_i_j_k_l_m_n_o_p_");
    private static final Instant NEXT = Instant.parse("2026-12-22T12:00:00Z");

    @Test
    void anUpdateShowsTheNewProfileAndWhenTheNymMayChangeAgainPrivately() {
        Reply reply = ProfileEditReply.of(new ProfileEdit.Updated(new Nym("Stilgar"), new Bio("Naib of Sietch Tabr"),
                Optional.of(NEXT)));

        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.fields()).extracting(ReplyField::value)
                .containsExactly("**Stilgar**", "Naib of Sietch Tabr", "2026-12-22 12:00 UTC");
        assertThat(ProfileEditReply.of(new ProfileEdit.Updated(new Nym("Stilgar"), Bio.EMPTY, Optional.empty()))
                .fields()).extracting(ReplyField::value).containsExactly("**Stilgar**", "No bio.", "Any time");
    }

    @Test
    void mentionsInTheBioAreBrokenWithAZeroWidthSpaceButOtherwiseShownAsTyped() {
        Bio hostile = new Bio("@everyone @here <@123456789012345678> <@&123456789012345678> https://example.com");

        String shown = ProfileEditReply.of(new ProfileEdit.Updated(new Nym("Chani"), hostile, Optional.empty()))
                .fields().get(1).value();

        assertThat(shown).doesNotContain("@everyone", "@here", "<@1", "<@&")
                .isEqualTo(hostile.value().replace("@", "@\u200D"))
                .contains("https://example.com");
    }

    @Test
    void underscoresInANymAreEscapedSoTheyStayUnderscores() {
        assertThat(SafeText.nym(new Nym("paul_the_great"))).isEqualTo("**paul\\_the\\_great**");
    }

    @Test
    void everyRefusalSaysWhatToDoAndThatNothingChanged() {
        assertThat(ProfileEditReply.of(new ProfileEdit.NymTooSoon(NEXT)).description())
                .contains("2026-12-22 12:00 UTC", "Nothing was changed");
        assertThat(ProfileEditReply.of(new ProfileEdit.NymTaken(new Nym("Paul"))).description())
                .contains("**Paul**", "already taken", "Nothing was changed");
        Reply invalid = ProfileEditReply.of(new ProfileEdit.Invalid("nym", "must be 3 to 32 characters"));
        assertThat(invalid.title()).isEqualTo("Invalid nym");
        assertThat(invalid.description()).isEqualTo("The nym must be 3 to 32 characters. Nothing was changed.");
        assertThat(ProfileEditReply.of(new ProfileEdit.NothingToChange()).title()).isEqualTo("Nothing to change");
        assertThat(ProfileEditReply.of(new ProfileEdit.NoProfile()).title()).isEqualTo("No profile yet");
    }

    @Test
    void everyOutcomeFitsDiscordsLimitsWithWorstCaseData() {
        Bio longestBio = new Bio("@".repeat(Bio.MAX_LENGTH));
        Bio astralBio = new Bio("𝔄".repeat(Bio.MAX_LENGTH));
        List<ProfileEdit> outcomes = List.of(
                new ProfileEdit.Updated(LONGEST_NYM, longestBio, Optional.of(NEXT)),
                new ProfileEdit.Updated(LONGEST_NYM, astralBio, Optional.of(NEXT)),
                new ProfileEdit.Updated(LONGEST_NYM, Bio.EMPTY, Optional.empty()),
                new ProfileEdit.NothingToChange(), new ProfileEdit.NymTooSoon(NEXT), new ProfileEdit.NymTaken(LONGEST_NYM),
                new ProfileEdit.Invalid("nym", "may use letters, digits, _ - . and single spaces only"),
                new ProfileEdit.NoProfile());

        for (ProfileEdit outcome : outcomes) {
            Reply reply = ProfileEditReply.of(outcome);
            DiscordReplyLimits.assertFits(reply);
            assertThat(reply.ephemeral()).as(outcome.toString()).isTrue();
        }
    }
}
