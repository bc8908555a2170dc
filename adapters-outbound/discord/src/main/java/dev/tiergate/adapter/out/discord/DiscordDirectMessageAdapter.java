package dev.tiergate.adapter.out.discord;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tiergate.application.port.out.alert.AlertMessage;
import dev.tiergate.application.port.out.alert.DirectMessagePort;
import dev.tiergate.application.port.out.alert.DirectMessageResult;
import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.domain.profile.UserId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a DM through the {@link BotRequestLane}: opens the user's DM channel ({@code POST
 * /users/@me/channels}, remembered per user for later DMs) and posts one embed there ({@code POST
 * /channels/{channel_id}/messages}) with no mention allowed. Code 50007 means the user does not accept
 * DMs from the bot: {@link DirectMessageResult.Closed}, never retried.
 */
public final class DiscordDirectMessageAdapter implements DirectMessagePort {

    static final DiscordRoute OPEN_CHANNEL = new DiscordRoute("POST", "/users/@me/channels");
    static final DiscordRoute POST_MESSAGE = new DiscordRoute("POST", "/channels/{channel_id}/messages");
    static final int CANNOT_MESSAGE_USER = 50007;
    private static final Logger LOG = LoggerFactory.getLogger(DiscordDirectMessageAdapter.class);
    private static final int REMEMBERED_CHANNELS = 10_000;
    private static final int DETAIL_LIMIT = 200;

    private final BotRequestLane lane;
    private final EmbedRenderer embeds = new EmbedRenderer();
    private final Map<String, String> channels = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED_CHANNELS;
        }
    };

    public DiscordDirectMessageAdapter(BotRequestLane lane) {
        this.lane = lane;
    }

    @Override
    public DirectMessageResult sendDirectMessage(UserId recipient, AlertMessage message) {
        Optional<String> known = channelOf(recipient);
        String channel;
        if (known.isPresent()) {
            channel = known.get();
        } else {
            LaneReply opened = lane.send(OPEN_CHANNEL, "", "/users/@me/channels",
                    new DirectMessageChannelRequest(recipient.value()), Map.of());
            if (!(opened instanceof LaneReply.Answered answered && answered.succeeded())) {
                return log(recipient, "opening the DM channel", outcome(opened));
            }
            JsonNode id = DiscordHttp.error(answered.body()).path("id");
            if (!id.isTextual()) {
                return log(recipient, "opening the DM channel",
                        new DirectMessageResult.Unavailable("Discord answered without a channel id"));
            }
            channel = id.asText();
            remember(recipient, channel);
        }
        DirectMessageRequest body = new DirectMessageRequest(
                List.of(embeds.render(new Reply(message.title(), message.description(), List.of(), false))),
                AllowedMentions.NONE);
        LaneReply posted = lane.send(POST_MESSAGE, channel, "/channels/" + DiscordHttp.segment(channel) + "/messages",
                body, Map.of());
        DirectMessageResult result = outcome(posted);
        if (result instanceof DirectMessageResult.Rejected) {
            forget(recipient);
        }
        return log(recipient, "posting the DM", result);
    }

    private static DirectMessageResult outcome(LaneReply reply) {
        return switch (reply) {
            case LaneReply.Answered answered when answered.succeeded() -> new DirectMessageResult.Delivered();
            case LaneReply.Answered answered -> refusal(answered);
            case LaneReply.Throttled throttled -> new DirectMessageResult.RateLimited(throttled.retryAfter());
            case LaneReply.Halted _ -> new DirectMessageResult.Unauthorized();
            case LaneReply.Unavailable unavailable -> new DirectMessageResult.Unavailable(unavailable.reason());
        };
    }

    private static DirectMessageResult refusal(LaneReply.Answered answered) {
        int status = answered.status();
        JsonNode error = DiscordHttp.error(answered.body());
        if (status == 401) {
            return new DirectMessageResult.Unauthorized();
        }
        if (error.path("code").asInt(-1) == CANNOT_MESSAGE_USER) {
            return new DirectMessageResult.Closed();
        }
        String said = error.path("message").isTextual() ? ": " + error.path("message").asText() : "";
        String detail = DiscordText.fit(("HTTP " + status + DiscordHttp.codeOf(error) + said)
                .replaceAll("\\p{Cntrl}+", " "), DETAIL_LIMIT);
        return status >= 500 ? new DirectMessageResult.Unavailable("Discord failed (" + detail + ")")
                : new DirectMessageResult.Rejected(detail);
    }

    private static DirectMessageResult log(UserId recipient, String what, DirectMessageResult result) {
        switch (result) {
            case DirectMessageResult.Delivered _ -> LOG.debug("Discord took the DM to user {}", recipient.value());
            case DirectMessageResult.Closed _ -> LOG.info("User {} does not accept DMs from the bot (code 50007) when {};"
                    + " not retried", recipient.value(), what);
            case DirectMessageResult.Rejected rejected -> LOG.warn("Discord rejected {} to user {} ({})", what,
                    recipient.value(), rejected.detail());
            case DirectMessageResult.RateLimited limited -> LOG.info("Discord rate limits hold {} to user {} for {} s",
                    what, recipient.value(), RequestLane.seconds(limited.retryAfter()));
            case DirectMessageResult.Unavailable unavailable -> LOG.info("Discord did not take {} to user {}: {}", what,
                    recipient.value(), unavailable.reason());
            case DirectMessageResult.Unauthorized _ -> LOG.debug("Not {}: the bot token was refused", what);
        }
        return result;
    }

    private Optional<String> channelOf(UserId recipient) {
        synchronized (channels) {
            return Optional.ofNullable(channels.get(recipient.value()));
        }
    }

    private void remember(UserId recipient, String channel) {
        synchronized (channels) {
            channels.put(recipient.value(), channel);
        }
    }

    private void forget(UserId recipient) {
        synchronized (channels) {
            channels.remove(recipient.value());
        }
    }
}
