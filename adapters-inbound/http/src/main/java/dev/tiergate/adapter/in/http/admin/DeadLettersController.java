package dev.tiergate.adapter.in.http.admin;

import dev.tiergate.application.port.in.deadletter.DeadLetterId;
import dev.tiergate.application.port.in.deadletter.DeadLetterPage;
import dev.tiergate.application.port.in.deadletter.ListDeadLettersQuery;
import dev.tiergate.application.port.in.deadletter.ListDeadLettersUseCase;
import dev.tiergate.application.port.in.deadletter.ReplayDeadLetterCommand;
import dev.tiergate.application.port.in.deadletter.ReplayDeadLetterUseCase;
import dev.tiergate.application.port.in.deadletter.ReplayOutcome;
import dev.tiergate.domain.apikey.ApiScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.regex.Pattern;

/**
 * What Tiergate dead-lettered: list it (read scope) and replay one letter to the subject its message
 * was first published on (admin scope), as the {@code dead-letters} command does.
 */
@Controller("/api/v1/dead-letters")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Dead letters")
class DeadLettersController {

    private static final Pattern POSITIVE = Pattern.compile("[1-9][0-9]{0,18}");

    private final ListDeadLettersUseCase list;
    private final ReplayDeadLetterUseCase replay;

    DeadLettersController(ListDeadLettersUseCase list, ReplayDeadLetterUseCase replay) {
        this.list = list;
        this.replay = replay;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.READ)
    @Operation(summary = "One page of dead letters, oldest first (limit 1-100, default 20)")
    DeadLetterPageResponse listDeadLetters(@Nullable @QueryValue String limit, @Nullable @QueryValue String cursor) {
        int size = limit == null
                ? ListDeadLettersQuery.DEFAULT_LIMIT
                : Math.min(ListLimit.parse(limit).value(), ListDeadLettersQuery.MAX_LIMIT);
        DeadLetterPage page = list.listDeadLetters(new ListDeadLettersQuery(Cursors.deadLetter(cursor), size));
        return new DeadLetterPageResponse(page.entries().stream().map(DeadLetterResponse::of).toList(),
                page.next().map(Cursors::ofDeadLetter).orElse(null));
    }

    @Post(uri = "/{id}/replay", produces = MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.ADMIN)
    @Operation(summary = "Replays a dead letter on its original subject and removes it; replaying twice publishes once")
    DeadLetterReplayResponse replayDeadLetter(@PathVariable String id) {
        DeadLetterId letter = deadLetterId(id);
        return switch (replay.replayDeadLetter(new ReplayDeadLetterCommand(letter))) {
            case ReplayOutcome.Replayed(var replayed, var subject, var alreadyPublished) ->
                    new DeadLetterReplayResponse(replayed.sequence(), subject, alreadyPublished);
            case ReplayOutcome.NoSuchDeadLetter _ -> throw ApiProblem.notFound("id", "dead letter not found");
            case ReplayOutcome.Refused(_, var reason) -> throw ApiProblem.conflict("id", reason);
        };
    }

    private static DeadLetterId deadLetterId(String id) {
        if (!POSITIVE.matcher(id).matches()) {
            throw ApiProblem.badRequest("id", "must be a dead letter id (a positive number)");
        }
        try {
            return new DeadLetterId(Long.parseLong(id));
        } catch (NumberFormatException beyondLong) {
            throw ApiProblem.badRequest("id", "must be a dead letter id (a positive number)");
        }
    }
}
