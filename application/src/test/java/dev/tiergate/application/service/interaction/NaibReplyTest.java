package dev.tiergate.application.service.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.interaction.MemberCommand.NaibPart;
import dev.tiergate.application.port.in.naib.NaibCouncilView;
import dev.tiergate.application.port.out.interaction.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class NaibReplyTest {

    @ParameterizedTest
    @EnumSource(NaibPart.class)
    void aHundredSeatsAndTwentyFiveFormerNaibFitDiscord(NaibPart part) {
        List<NaibCouncilView.Seat> seated = Collections.nCopies(100,
                new NaibCouncilView.Seat(LeaderboardReplyTest.WORST_NYM, Instant.parse("2025-01-01T00:00:00Z"), true));
        List<NaibCouncilView.Former> former = Collections.nCopies(25,
                new NaibCouncilView.Former(LeaderboardReplyTest.WORST_NYM, Duration.ofDays(9999).plusHours(23), 999));

        Reply reply = NaibReply.of(new NaibCouncilView(part, part == NaibPart.FORMER ? List.of() : seated, 100, 0,
                part == NaibPart.CURRENT ? List.of() : former));

        DiscordReplyLimits.assertFits(reply);
        assertThat(reply.ephemeral()).isFalse();
    }

    @Test
    void foundingNaibAreMarkedAndEmptySeatsCounted() {
        Reply reply = NaibReply.of(new NaibCouncilView(NaibPart.CURRENT, List.of(
                new NaibCouncilView.Seat(new dev.tiergate.domain.profile.Nym("stilgar"), Instant.parse("2025-01-01T00:00:00Z"), true)),
                7, 6, List.of()));

        assertThat(reply.description()).contains("**stilgar**").contains("founding").contains("2025-01-01");
        assertThat(reply.fields()).anySatisfy(f -> assertThat(f.value()).isEqualTo("6"));
    }

    @Test
    void durationsReadInDaysAndHoursOrHoursAndMinutes() {
        assertThat(NaibReply.duration(Duration.ofDays(3).plusHours(4))).isEqualTo("3 d 4 h");
        assertThat(NaibReply.duration(Duration.ofMinutes(90))).isEqualTo("1 h 30 min");
    }
}
