package dev.tiergate.adapter.in.http.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tiergate.application.port.in.deadletter.DeadLetterView;
import dev.tiergate.application.port.in.deadletter.OriginalPosition;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;

/** One dead letter: where its message came from, why and when it was dead-lettered, and its body's size. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "DeadLetter")
record DeadLetterResponse(long id, @Schema(example = "events.member.join") String originalSubject,
        @Nullable @Schema(example = "EVENTS") String originalStream, @Nullable Long originalSequence, String reason,
        String storedAt, int bodySize) {

    static DeadLetterResponse of(DeadLetterView letter) {
        return new DeadLetterResponse(letter.id().sequence(), letter.originalSubject(),
                letter.original().map(OriginalPosition::stream).orElse(null),
                letter.original().map(OriginalPosition::sequence).orElse(null), letter.reason(),
                letter.storedAt().toString(), letter.bodySize());
    }
}
