package dev.tiergate.adapter.out.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tiergate.adapter.out.discord.LocalDiscordStandIn.BotRequest;
import dev.tiergate.adapter.out.discord.LocalDiscordStandIn.DirectMessage;
import dev.tiergate.adapter.out.discord.LocalDiscordStandIn.ScriptedAnswer;
import dev.tiergate.application.port.out.alert.AlertMessage;
import dev.tiergate.application.port.out.alert.DirectMessageResult;
import dev.tiergate.domain.profile.UserId;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** DMs over real loopback HTTP against the stand-in: the two routes, the cached channel, no pings, 50007 and refusals. */
@Timeout(20)
class DiscordDirectMessageAdapterIT {

    private static final String TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAx.Gx9f2a.dm-adapter-secret";
    private static final UserId MEMBER = new UserId("300000000000000003");
    private static final UserId SHY = new UserId("300000000000000004");
    private static final AlertMessage PROMOTED = new AlertMessage("You were promoted to Fedaykin",
            "In Arrakis: your tier went from Usul to Fedaykin.");

    private final CapturedLogs logs = new CapturedLogs();
    private final LocalDiscordStandIn discord = LocalDiscordStandIn.start(0);
    private final BotRequestLane lane = new BotRequestLane(new DiscordApiSettings(discord.baseUrl(), Duration.ofSeconds(2)),
            new DiscordBotCredentials("100000000000000001", TOKEN), BotLaneSettings.DEFAULTS);
    private final DiscordDirectMessageAdapter dms = new DiscordDirectMessageAdapter(lane);

    @AfterEach
    void stop() {
        lane.close();
        discord.close();
        logs.close();
        assertThat(logs.lines()).noneMatch(line -> line.contains(TOKEN));
    }

    @Test
    void opensTheChannelOnceAndPostsAnEmbedThatPingsNobody() throws Exception {
        DirectMessageResult first = dms.sendDirectMessage(MEMBER, PROMOTED);
        DirectMessageResult second = dms.sendDirectMessage(MEMBER, new AlertMessage("You took a Naib seat", "In Arrakis."));

        assertThat(first).isEqualTo(new DirectMessageResult.Delivered());
        assertThat(second).isEqualTo(new DirectMessageResult.Delivered());
        assertThat(discord.directMessages()).hasSize(2).allSatisfy(dm -> assertThat(dm.recipient()).isEqualTo(MEMBER));
        String channel = discord.directMessages().getFirst().channelId();
        assertThat(discord.botRequests()).extracting(BotRequest::method, BotRequest::path, BotRequest::status)
                .containsExactly(tuple("POST", "/api/v10/users/@me/channels", 200),
                        tuple("POST", "/api/v10/channels/" + channel + "/messages", 200),
                        tuple("POST", "/api/v10/channels/" + channel + "/messages", 200));
        JsonNode body = new ObjectMapper().readTree(discord.directMessages().getFirst().body());
        assertThat(body.path("embeds").get(0).path("title").asText()).isEqualTo(PROMOTED.title());
        assertThat(body.path("embeds").get(0).path("description").asText()).isEqualTo(PROMOTED.description());
        assertThat(body.path("allowed_mentions").path("parse").isArray()).isTrue();
        assertThat(body.path("allowed_mentions").path("parse")).isEmpty();
        JsonNode opened = new ObjectMapper().readTree(discord.requests().getFirst().body());
        assertThat(opened.path("recipient_id").asText()).isEqualTo(MEMBER.value());
    }

    @Test
    void aUserWithClosedDmsIsReportedClosed() {
        discord.closeDirectMessages(SHY);

        DirectMessageResult result = dms.sendDirectMessage(SHY, PROMOTED);

        assertThat(result).isEqualTo(new DirectMessageResult.Closed());
        assertThat(discord.directMessages()).extracting(DirectMessage::recipient).doesNotContain(SHY);
        assertThat(discord.botRequests()).extracting(BotRequest::status).containsExactly(200, 403);
    }

    @Test
    void anotherRefusalIsRejectedAndAFailureIsUnavailable() {
        discord.script("POST /users/@me/channels", 1, ScriptedAnswer.error(400, 50035, "Invalid Form Body"));
        discord.script("POST /users/@me/channels", 1, ScriptedAnswer.error(502, 0, "Bad Gateway"));

        DirectMessageResult rejected = dms.sendDirectMessage(MEMBER, PROMOTED);
        DirectMessageResult unavailable = dms.sendDirectMessage(MEMBER, PROMOTED);
        DirectMessageResult delivered = dms.sendDirectMessage(MEMBER, PROMOTED);

        assertThat(rejected).isInstanceOfSatisfying(DirectMessageResult.Rejected.class,
                r -> assertThat(r.detail()).contains("400").contains("50035"));
        assertThat(unavailable).isInstanceOf(DirectMessageResult.Unavailable.class);
        assertThat(delivered).isEqualTo(new DirectMessageResult.Delivered());
    }

    @Test
    void aRefusedTokenIsUnauthorizedAndStopsFurtherCalls() {
        discord.script("POST /users/@me/channels", 1, ScriptedAnswer.error(401, 0, "401: Unauthorized"));

        DirectMessageResult refused = dms.sendDirectMessage(MEMBER, PROMOTED);
        DirectMessageResult after = dms.sendDirectMessage(MEMBER, PROMOTED);

        assertThat(refused).isEqualTo(new DirectMessageResult.Unauthorized());
        assertThat(after).isEqualTo(new DirectMessageResult.Unauthorized());
        assertThat(discord.botRequests()).hasSize(1);
    }
}
