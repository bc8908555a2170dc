package dev.tiergate.application.service.alert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.out.alert.AlertMessage;
import dev.tiergate.application.port.out.alert.PendingAlert;
import dev.tiergate.domain.alert.AlertFact;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.tier.Tier;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AlertTextTest {

    private static AlertMessage text(String community, AlertFact fact) {
        return AlertText.of(new PendingAlert(1, new CommunityId("123456789012345678"), community,
                new UserId("987654321098765432"), fact, Instant.parse("2026-04-01T12:00:00Z")));
    }

    @Test
    void eachFactReadsAsWhatHappened() {
        assertThat(text("Arrakis", new AlertFact.TierChanged(Tier.USUL, Tier.FEDAYKIN, true)))
                .isEqualTo(new AlertMessage("You were promoted to Fedaykin",
                        "In Arrakis: your tier went from Usul to Fedaykin."));
        assertThat(text("Arrakis", new AlertFact.TierChanged(Tier.FEDAYKIN, Tier.USUL, false)).title())
                .isEqualTo("Your tier is now Usul");
        assertThat(text("Arrakis", new AlertFact.EnteredAtRisk(65)).title())
                .isEqualTo("You entered the at-risk zone: rank #65");
        assertThat(text("Arrakis", new AlertFact.SeatTaken()).title()).isEqualTo("You took a Naib seat");
        assertThat(text("Arrakis", new AlertFact.SeatLost()).title()).isEqualTo("You lost your Naib seat");
    }

    @Test
    void aCommunityNameCannotMentionAnyoneOrBreakTheLine() {
        String description = text("@everyone\nhi", new AlertFact.SeatTaken()).description();

        assertThat(description).doesNotContain("@everyone").doesNotContain("\n").startsWith("In @\u200Deveryone hi:");
    }

    @Test
    void aLongCommunityNameIsCutSoTheTextStaysShort() {
        String description = text("x".repeat(500), new AlertFact.SeatTaken()).description();

        assertThat(description.length()).isLessThan(200);
    }
}
