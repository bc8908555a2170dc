package dev.tiergate.adapter.in.http.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tiergate.application.port.in.score.ScoreIngestion;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;

/** What a score batch changed; a replayed or older batch applies no score and so changes nothing. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "ScoreIngestion")
record ScoreIngestionResponse(int scoresApplied, int tierChanges, int seatChanges) {

    static ScoreIngestionResponse of(ScoreIngestion ingestion) {
        return new ScoreIngestionResponse(ingestion.scoresApplied(), ingestion.tierChanges(), ingestion.seatChanges());
    }
}
