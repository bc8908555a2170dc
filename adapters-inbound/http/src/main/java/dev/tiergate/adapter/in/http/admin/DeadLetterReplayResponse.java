package dev.tiergate.adapter.in.http.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;

/** A replayed dead letter: put back on {@code subject} and removed ({@code already_published} when an earlier replay had published it). */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "DeadLetterReplay")
record DeadLetterReplayResponse(long id, String subject, boolean alreadyPublished) {
}
