package dev.tiergate.bootstrap;

import static dev.tiergate.bootstrap.ServiceDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tiergate.adapter.out.discord.LocalDiscordStandIn.BotRequest;
import dev.tiergate.adapter.out.discord.LocalDiscordStandIn.DirectMessage;
import dev.tiergate.application.port.in.alert.AlertRun;
import dev.tiergate.application.port.in.alert.SendAlertsUseCase;
import dev.tiergate.application.port.in.member.RegisterMemberCommand;
import dev.tiergate.application.port.in.member.RegisterMemberUseCase;
import dev.tiergate.application.port.out.profile.LoadProfilesPort;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.tier.Tier;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Alerts end to end: a community seeded over NATS with its council full, three unranked members
 * promoted by a second score batch, and the alert job against the fake Discord: one DM to the member
 * on default preferences, a closed DM channel recorded as failed and never retried, a kind switched off
 * by a click skipped, and a second run that sends nothing.
 */
class AlertsSystemIT {

    private static final String GUILD = "777777777777777009";
    private static final CommunityId COMMUNITY = new CommunityId(GUILD);
    private static final int SEATED = 7;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UserId DEFAULTS = new UserId(user(21));
    private static final UserId CLOSED = new UserId(user(22));
    private static final UserId SWITCHED_OFF = new UserId(user(23));
    private static RunningTiergate tiergate;

    private static String user(int n) {
        return Long.toString(770_000_000_000_000_900L + n);
    }

    /** Members fremen1..fremen7 fill the council; their own alerts are settled before any test runs. */
    @BeforeAll
    static void startWithAFullCouncilWhoseAlertsAreSettled() throws Exception {
        tiergate = new RunningTiergate();
        RankedCommunity.seed(tiergate, GUILD, SEATED, AlertsSystemIT::user, n -> Integer.toString(1500 - 30 * n));
        SendAlertsUseCase alerts = tiergate.bean(SendAlertsUseCase.class);
        while (settledAny(alerts.sendAlerts())) {
            assertThat(tiergate.discord.directMessages()).as("the seeding's alerts settle").hasSizeLessThan(1000);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        tiergate.close();
    }

    @Test
    void aPromotionReachesItsMemberOnceWithinPreferencesAndAClosedChannelIsNotRetried() throws Exception {
        RegisterMemberUseCase register = tiergate.bean(RegisterMemberUseCase.class);
        List.of(DEFAULTS, CLOSED, SWITCHED_OFF).forEach(member -> register.registerMember(new RegisterMemberCommand(
                COMMUNITY, member, "ghola" + member.value().substring(16), Instant.parse("2026-02-01T00:00:00Z"))));
        tiergate.discord.closeDirectMessages(CLOSED);
        String toggle = "tg:alerts:toggle:" + SWITCHED_OFF.value() + ":position-updates";
        GatewayMessage click = GatewayMessage.interaction(GUILD, SWITCHED_OFF.value(), "MessageComponent",
                "\"custom_id\":\"" + toggle + "\"");
        tiergate.publish("commands.interaction", click);
        assertThat(DiscordAnswers.body(DiscordAnswers.answerTo(tiergate, click)).get("type").asInt())
                .as("the /alerts message is updated in place").isEqualTo(7);

        tiergate.publish("eligibility.scores", GatewayMessage.scores(GUILD, Instant.now().toEpochMilli(), List.of(
                new String[] {DEFAULTS.value(), "100"}, new String[] {CLOSED.value(), "99"},
                new String[] {SWITCHED_OFF.value(), "98"})));
        Eventually.await("all three promoted to Fedaykin", () -> List.of(DEFAULTS, CLOSED, SWITCHED_OFF).stream()
                .allMatch(member -> tiergate.bean(LoadProfilesPort.class).findProfile(COMMUNITY, member)
                        .map(p -> p.tier() == Tier.FEDAYKIN).orElse(false)));

        SendAlertsUseCase alerts = tiergate.bean(SendAlertsUseCase.class);
        int before = tiergate.discord.directMessages().size();
        AlertRun run = alerts.sendAlerts();

        List<DirectMessage> sent = tiergate.discord.directMessages();
        assertThat(sent).hasSize(before + 1);
        DirectMessage dm = sent.getLast();
        assertThat(dm.recipient()).isEqualTo(DEFAULTS);
        JsonNode body = JSON.readTree(dm.body());
        assertThat(body.at("/embeds/0/title").asText()).contains("promoted").contains("Fedaykin");
        assertThat(body.at("/allowed_mentions/parse").isArray()).isTrue();
        assertThat(body.at("/allowed_mentions/parse").size()).as("a DM never pings").isZero();
        assertThat(run.sent()).isEqualTo(1);
        assertThat(run.failed()).isEqualTo(1);
        assertThat(run.leftPending()).isZero();
        assertThat(alertsOf(CLOSED, "FAILED")).isEqualTo(1);
        assertThat(alertsOf(SWITCHED_OFF, "SKIPPED")).isEqualTo(1);
        assertThat(alertsOf(DEFAULTS, "SENT")).isEqualTo(1);
        assertThat(refusedDirectMessages()).as("one attempt to the closed channel").hasSize(1);

        AlertRun again = alerts.sendAlerts();
        assertThat(again.sent() + again.failed() + again.leftPending()).isZero();
        assertThat(tiergate.discord.directMessages()).as("a second run sends nothing").hasSize(before + 1);
        assertThat(refusedDirectMessages()).as("a closed channel is not tried again").hasSize(1);
    }

    private static boolean settledAny(AlertRun run) {
        return run.sent() + run.skipped() + run.failed() + run.leftPending() > 0;
    }

    private static long alertsOf(UserId member, String status) {
        return count("SELECT count(*) FROM alert_history WHERE community_id = ? AND user_id = ? AND status = ?",
                GUILD, member.value(), status);
    }

    private static List<BotRequest> refusedDirectMessages() {
        return tiergate.discord.botRequests().stream()
                .filter(r -> r.method().equals("POST") && r.path().matches(".*/channels/\\d+/messages"))
                .filter(r -> r.status() == 403).toList();
    }
}
