package dev.tiergate.application.port.out.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The fake the unit tests trust keeps the same contract as the real stores, and counts what reaches it. */
class MemoryInteractionProgressTest implements InteractionProgressContract {

    private final MemoryInteractionProgress progress = new MemoryInteractionProgress();

    @Override
    public InteractionProgressPort progressPort() {
        return progress;
    }

    @Test
    void countsEveryCallThatReachesIt() {
        String interaction = "123456789012345678";

        progress.claim(interaction);
        progress.record(interaction, InteractionProgress.ANSWERED);
        progress.progressOf(interaction);

        assertThat(progress.calls()).isEqualTo(3);
    }
}
