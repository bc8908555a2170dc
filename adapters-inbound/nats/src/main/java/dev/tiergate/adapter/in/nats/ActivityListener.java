package dev.tiergate.adapter.in.nats;

import dev.tiergate.application.port.in.activity.RecordActivityCommand;
import dev.tiergate.application.port.in.activity.RecordActivityUseCase;
import dev.tiergate.domain.shared.DomainException;
import io.nats.client.Connection;
import io.nats.client.Message;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Records activity from the EVENTS stream: one listener reads {@code events.message.create}
 * (durable {@code tiergate-activity-messages}), another {@code events.reaction.add} (durable
 * {@code tiergate-activity-reactions}); two durables because the NATS servers we support (2.9)
 * allow one filter subject per consumer. A malformed event is dead-lettered; a failing recording
 * (database or Redis down) is retried with back-off, which is safe because each activity counts once.
 */
public final class ActivityListener extends GatewayListener {

    static final PullConsumerLoop.ConsumerSpec MESSAGES = new PullConsumerLoop.ConsumerSpec("EVENTS",
            "tiergate-activity-messages", "events.message.create", 8, Duration.ofSeconds(30));
    static final PullConsumerLoop.ConsumerSpec REACTIONS = new PullConsumerLoop.ConsumerSpec("EVENTS",
            "tiergate-activity-reactions", "events.reaction.add", 8, Duration.ofSeconds(30));

    private final RecordActivityUseCase activity;
    private final ActivityEventMapper mapper = new ActivityEventMapper();

    private ActivityListener(Connection connection, PullConsumerLoop.ConsumerSpec consumer,
            RecordActivityUseCase activity, ListenerSettings settings) {
        super(connection, consumer, settings);
        this.activity = Objects.requireNonNull(activity, "activity");
    }

    /** The listener of {@code events.message.create}. */
    public static ActivityListener forMessages(Connection connection, RecordActivityUseCase activity,
            ListenerSettings settings) {
        return new ActivityListener(connection, MESSAGES, activity, settings);
    }

    /** The listener of {@code events.reaction.add}. */
    public static ActivityListener forReactions(Connection connection, RecordActivityUseCase activity,
            ListenerSettings settings) {
        return new ActivityListener(connection, REACTIONS, activity, settings);
    }

    @Override
    Settlement handle(Message message) {
        return switch (parser.parse(message.getData()).then(mapper::map)) {
            case Decoded.Poison<List<RecordActivityCommand>>(String reason) -> new Settlement.Poison(reason);
            case Decoded.Accepted<List<RecordActivityCommand>>(List<RecordActivityCommand> commands) -> record(commands);
        };
    }

    private Settlement record(List<RecordActivityCommand> commands) {
        try {
            commands.forEach(activity::recordActivity);
            return Settlement.ACK;
        } catch (DomainException rejected) {
            return new Settlement.Poison("rejected by the domain: " + FailureText.describe(rejected));
        } catch (RuntimeException failure) {
            return new Settlement.Retry("recording activity failed: " + FailureText.describe(failure));
        }
    }
}
