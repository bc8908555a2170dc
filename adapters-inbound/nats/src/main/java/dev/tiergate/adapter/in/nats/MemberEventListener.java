package dev.tiergate.adapter.in.nats;

import dev.tiergate.domain.shared.DomainException;
import io.nats.client.Connection;
import io.nats.client.Message;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the guild and member lifecycle from the EVENTS stream: one listener reads {@code events.guild.>}
 * (durable {@code tiergate-guild-events}), another {@code events.member.>} (durable
 * {@code tiergate-member-events}); two durables because the NATS servers we support (2.9) allow one
 * filter subject per consumer. An event type these subjects carry that Tiergate does not act on is
 * acknowledged; a malformed event is dead-lettered; a failing use case (database down) is retried with
 * back-off, which is safe because every lifecycle change applies only when newer than the last.
 */
public final class MemberEventListener extends GatewayListener {

    static final PullConsumerLoop.ConsumerSpec GUILDS = new PullConsumerLoop.ConsumerSpec("EVENTS",
            "tiergate-guild-events", "events.guild.>", 8, Duration.ofSeconds(30));
    static final PullConsumerLoop.ConsumerSpec MEMBERS = new PullConsumerLoop.ConsumerSpec("EVENTS",
            "tiergate-member-events", "events.member.>", 8, Duration.ofSeconds(30));
    private static final Logger LOG = LoggerFactory.getLogger(MemberEventListener.class);

    private final MemberEventUseCases useCases;
    private final MemberEventMapper mapper = new MemberEventMapper();

    private MemberEventListener(Connection connection, PullConsumerLoop.ConsumerSpec consumer,
            MemberEventUseCases useCases, ListenerSettings settings) {
        super(connection, consumer, settings);
        this.useCases = Objects.requireNonNull(useCases, "useCases");
    }

    /** The listener of {@code events.guild.>}. */
    public static MemberEventListener forGuildEvents(Connection connection, MemberEventUseCases useCases,
            ListenerSettings settings) {
        return new MemberEventListener(connection, GUILDS, useCases, settings);
    }

    /** The listener of {@code events.member.>}. */
    public static MemberEventListener forMemberEvents(Connection connection, MemberEventUseCases useCases,
            ListenerSettings settings) {
        return new MemberEventListener(connection, MEMBERS, useCases, settings);
    }

    @Override
    Settlement handle(Message message) {
        return switch (parser.parse(message.getData()).then(mapper::map)) {
            case Decoded.Poison<MemberEvent>(String reason) -> new Settlement.Poison(reason);
            case Decoded.Accepted<MemberEvent>(MemberEvent event) -> apply(event);
        };
    }

    private Settlement apply(MemberEvent event) {
        try {
            switch (event) {
                case MemberEvent.GuildJoined(var command) -> {
                    var result = useCases.joinCommunity().joinCommunity(command);
                    LOG.info("guild.join of {}: {}", command.communityId(), result);
                }
                case MemberEvent.GuildLeft(var command) -> {
                    var result = useCases.leaveCommunity().leaveCommunity(command);
                    LOG.info("guild.leave of {}: {}", command.communityId(), result);
                }
                case MemberEvent.MemberJoined(var command) -> {
                    var result = useCases.joinMember().joinMember(command);
                    LOG.debug("member.join in {}: {}", command.communityId(), result);
                }
                case MemberEvent.MemberLeft(var command) -> {
                    var result = useCases.leaveMember().leaveMember(command);
                    LOG.debug("member.leave in {}: {}", command.communityId(), result);
                }
                case MemberEvent.MemberUpdated(var command) -> {
                    var result = useCases.recordRoles().recordMemberRoles(command);
                    LOG.debug("member.update in {}: {}", command.communityId(), result);
                }
                case MemberEvent.NotHandled(String eventType) ->
                        LOG.debug("{} is not a lifecycle event: acknowledged", eventType);
            }
            return Settlement.ACK;
        } catch (DomainException rejected) {
            return new Settlement.Poison("rejected by the domain: " + FailureText.describe(rejected));
        } catch (RuntimeException failure) {
            return new Settlement.Retry("lifecycle event failed: " + FailureText.describe(failure));
        }
    }
}
