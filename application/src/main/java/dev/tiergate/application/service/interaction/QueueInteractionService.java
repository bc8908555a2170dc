package dev.tiergate.application.service.interaction;

import dev.tiergate.application.port.in.interaction.QueueInteractionCommand;
import dev.tiergate.application.port.in.interaction.QueueInteractionUseCase;
import dev.tiergate.application.port.out.interaction.InteractionNotQueuedException;
import dev.tiergate.application.port.out.interaction.InteractionQueuePort;
import java.util.Objects;

/** Passes an interaction's envelope to the broker; a broker that cannot take it now is reported, not thrown. */
public final class QueueInteractionService implements QueueInteractionUseCase {

    private static final System.Logger LOG = System.getLogger(QueueInteractionService.class.getName());

    private final InteractionQueuePort queue;

    public QueueInteractionService(InteractionQueuePort queue) {
        this.queue = Objects.requireNonNull(queue, "queue");
    }

    @Override
    public boolean queue(QueueInteractionCommand command) {
        try {
            queue.enqueue(command.messageId(), command.envelope());
            return true;
        } catch (InteractionNotQueuedException notQueued) {
            LOG.log(System.Logger.Level.WARNING, "Interaction message {0} was not queued: {1}", command.messageId(),
                    notQueued.getMessage());
            return false;
        }
    }
}
