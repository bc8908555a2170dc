package dev.tiergate.application.service.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tiergate.application.port.in.alert.AlertSettings;
import dev.tiergate.application.port.in.interaction.ComponentId;
import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.application.port.out.interaction.ReplyComponent;
import dev.tiergate.application.port.out.interaction.ReplyField;
import dev.tiergate.domain.alert.AlertFrequency;
import dev.tiergate.domain.alert.AlertKind;
import dev.tiergate.domain.alert.AlertPreferences;
import dev.tiergate.domain.profile.UserId;
import org.junit.jupiter.api.Test;

class AlertsReplyTest {

    private static final UserId OWNER = new UserId("12345678901234567890");
    private static final AlertPreferences SOME_OFF = new AlertPreferences(true, false, true, AlertFrequency.WEEKLY_3);

    @Test
    void showsEachKindAndTheFrequencyToTheOwnerOnly() {
        Reply reply = AlertsReply.of(new AlertSettings.Current(SOME_OFF, true), OWNER);

        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.fields()).extracting(ReplyField::name, ReplyField::value).containsExactly(
                tuple("Position updates", "On"),
                tuple("At-risk warnings", "Off"),
                tuple("Naib alerts", "On"),
                tuple("Frequency", "At most 3/week"));
    }

    @Test
    void naibAlertsChosenWithoutASeatSayTheyWaitForOne() {
        Reply reply = AlertsReply.of(new AlertSettings.Current(AlertPreferences.DEFAULTS, false), OWNER);

        assertThat(reply.fields().get(2).value()).isEqualTo("On (sent only while you hold a Naib seat)");
    }

    @Test
    void theFirstRowHoldsOneToggleButtonPerKindHighlightedWhenOn() {
        Reply reply = AlertsReply.of(new AlertSettings.Current(SOME_OFF, false), OWNER);

        assertThat(reply.rows()).hasSize(2);
        assertThat(reply.rows().get(0).components()).map(ReplyComponent.Button.class::cast)
                .extracting(ReplyComponent.Button::customId, ReplyComponent.Button::selected)
                .containsExactly(
                        tuple("tg:alerts:toggle:" + OWNER + ":position-updates", true),
                        tuple("tg:alerts:toggle:" + OWNER + ":at-risk-warnings", false),
                        tuple("tg:alerts:toggle:" + OWNER + ":naib-alerts", true));
        assertThat(ComponentId.parse(reply.rows().get(0).components().get(1).customId()))
                .contains(ComponentId.of("alerts", "toggle", OWNER, "at-risk-warnings"));
    }

    @Test
    void theSecondRowIsTheFrequencyMenuWithTheCurrentChoiceSelected() {
        Reply reply = AlertsReply.of(new AlertSettings.Current(SOME_OFF, false), OWNER);

        ReplyComponent.Select menu = (ReplyComponent.Select) reply.rows().get(1).components().getFirst();
        assertThat(ComponentId.parse(menu.customId())).contains(ComponentId.of("alerts", "frequency", OWNER));
        assertThat(menu.minValues()).isEqualTo(1);
        assertThat(menu.maxValues()).isEqualTo(1);
        assertThat(menu.options()).extracting(ReplyComponent.SelectOption::value)
                .containsExactly("1/week", "2/week", "3/week", "daily");
        assertThat(menu.options()).filteredOn(ReplyComponent.SelectOption::selected)
                .extracting(ReplyComponent.SelectOption::value).containsExactly("3/week");
        menu.options().forEach(option ->
                assertThat(AlertFrequency.parse(option.value()).label()).isEqualTo(option.value()));
    }

    @Test
    void theToggleArgumentIsTheKindInLowerCaseWithDashes() {
        assertThat(AlertsReply.argument(AlertKind.NAIB_ALERTS)).isEqualTo("naib-alerts");
        assertThat(AlertsReply.argument(AlertKind.POSITION_UPDATES)).isEqualTo("position-updates");
    }

    @Test
    void refusalsAreNoticesThatNameTheField() {
        Reply invalid = AlertsReply.of(new AlertSettings.Invalid("frequency",
                "must be one of 1/week, 2/week, 3/week, daily"), OWNER);

        assertThat(invalid.title()).isEqualTo("Invalid frequency");
        assertThat(invalid.description()).startsWith("The frequency must be one of").contains("Nothing was changed");
        assertThat(invalid.rows()).isEmpty();
        assertThat(AlertsReply.of(new AlertSettings.NoProfile(), OWNER).title()).isEqualTo("No profile yet");
    }

    @Test
    void everyOutcomeFitsDiscordsLimits() {
        for (boolean seated : new boolean[] {true, false}) {
            for (AlertFrequency frequency : AlertFrequency.values()) {
                DiscordReplyLimits.assertFits(AlertsReply.of(new AlertSettings.Current(
                        new AlertPreferences(true, false, true, frequency), seated), OWNER));
            }
        }
        DiscordReplyLimits.assertFits(AlertsReply.of(new AlertSettings.Invalid("frequency", "must be one of x"), OWNER));
        DiscordReplyLimits.assertFits(AlertsReply.of(new AlertSettings.NoProfile(), OWNER));
    }
}
