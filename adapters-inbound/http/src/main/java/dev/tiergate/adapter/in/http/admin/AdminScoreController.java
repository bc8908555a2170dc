package dev.tiergate.adapter.in.http.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tiergate.application.port.in.score.IngestScoresCommand;
import dev.tiergate.application.port.in.score.IngestScoresUseCase;
import dev.tiergate.domain.apikey.ApiScope;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.ScoreEntry;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.profile.WalletAddress;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Bulk score ingestion, the same use case and semantics as {@code eligibility.scores} on NATS: one
 * as-of time for at most {@value IngestScoresCommand#MAX_ENTRIES} entries, applied whole or refused
 * whole; an entry applies only when the batch is newer than the member's stored score, so a replay
 * changes nothing. An as-of time in the future (beyond clock skew) is refused: it would freeze the
 * scores it sets against every later update.
 */
@Controller("/api/v1/communities/{guildId}/scores")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Scores")
class AdminScoreController {

    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final IngestScoresUseCase scores;
    private final Clock clock;

    AdminScoreController(IngestScoresUseCase scores, Clock clock) {
        this.scores = scores;
        this.clock = clock;
    }

    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.WRITE)
    @Operation(summary = "Ingests up to 1000 scores as of one time; idempotent by as-of time")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
            examples = @ExampleObject("""
            {"as_of": "2026-05-01T12:00:00Z", "entries": [
              {"user_id": "323456789012345678", "score": "1234.5"},
              {"wallet": "0x00000000000000000000000000000000000000aa", "score": "69"}]}""")))
    ScoreIngestionResponse ingestScores(@PathVariable String guildId, HttpRequest<?> request,
            @Body InputStream body) {
        CommunityId community = AdminPaths.community(guildId);
        RequestFields fields = JsonRequest.object(request.getContentLength(), body, "");
        JsonNode asOfNode = fields.value("as_of").orElseThrow(() -> ApiProblem.badRequest("as_of", "is required"));
        Instant asOf = RequestFields.instant(asOfNode, "as_of");
        if (asOf.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            throw ApiProblem.badRequest("as_of", "is in the future");
        }
        JsonNode entriesNode = fields.value("entries")
                .orElseThrow(() -> ApiProblem.badRequest("entries", "is required"));
        if (entriesNode.isArray() && entriesNode.size() > IngestScoresCommand.MAX_ENTRIES) {
            throw ApiProblem.badRequest("entries",
                    "at most " + IngestScoresCommand.MAX_ENTRIES + " entries per request");
        }
        List<ScoreEntry> entries = RequestFields.elements(entriesNode, "entries", IngestScoresCommand.MAX_ENTRIES,
                AdminScoreController::entry);
        fields.finish();
        return ScoreIngestionResponse.of(scores.ingestScores(new IngestScoresCommand(community, asOf, entries)));
    }

    /** One entry: a user id, a wallet or both, and an exact decimal score as a string (never a JSON number). */
    private static ScoreEntry entry(JsonNode node, String path) {
        if (!node.isObject()) {
            throw ApiProblem.badRequest(path, "must be an object");
        }
        RequestFields entry = RequestFields.of(node, path);
        Optional<UserId> user = entry.text("user_id")
                .map(id -> RequestFields.domain(entry.pathOf("user_id"), id, UserId::new));
        Optional<WalletAddress> wallet = entry.text("wallet")
                .map(address -> RequestFields.domain(entry.pathOf("wallet"), address, WalletAddress::new));
        Score score = RequestFields.domain(entry.pathOf("score"), entry.requiredText("score"), Score::parse);
        entry.finish();
        if (user.isEmpty() && wallet.isEmpty()) {
            throw ApiProblem.badRequest(path, "names neither user_id nor wallet");
        }
        return new ScoreEntry(user, wallet, score);
    }
}
