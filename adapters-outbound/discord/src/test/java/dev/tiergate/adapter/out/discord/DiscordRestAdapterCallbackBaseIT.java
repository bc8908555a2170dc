package dev.tiergate.adapter.out.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tiergate.adapter.out.discord.LocalDiscordStandIn.RecordedRequest;
import dev.tiergate.adapter.out.discord.LocalDiscordStandIn.ScriptedAnswer;
import dev.tiergate.application.port.out.interaction.Choice;
import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.application.port.out.interaction.ReplyNotDeliveredException;
import dev.tiergate.application.port.out.interaction.ReplyNotDeliveredException.Refusal;
import dev.tiergate.application.port.out.interaction.ReplyTarget;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An interaction that came through an HTTP interactions endpoint: its initial response goes to the
 * endpoint's callback base (a second stand-in here), its edits to Discord, and the endpoint's refusals
 * read as Discord's.
 */
@Timeout(10)
class DiscordRestAdapterCallbackBaseIT {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String TOKEN = "aW50ZXJhY3Rpb246OTk5OnNlY3JldC1lbmRwb2ludC10b2tlbg";
    private static final Reply ANSWER = new Reply("Your position", "ranked #3", List.of(), true);

    private final CapturedLogs logs = new CapturedLogs();
    private LocalDiscordStandIn discord;
    private LocalDiscordStandIn endpoint;
    private DiscordRestAdapter adapter;
    private ReplyTarget target;

    @BeforeEach
    void start() {
        discord = LocalDiscordStandIn.start(0);
        endpoint = LocalDiscordStandIn.start(0);
        adapter = new DiscordRestAdapter(new DiscordApiSettings(discord.baseUrl(), Duration.ofSeconds(2)));
        // The stand-in serves callbacks under /api/v10/interactions, which is where this endpoint "lives".
        target = new ReplyTarget("999", TOKEN, "5678", Optional.of(URI.create(endpoint.baseUrl() + "/interactions/")));
    }

    @AfterEach
    void stop() {
        adapter.close();
        endpoint.close();
        discord.close();
        logs.close();
        assertThat(logs.lines()).isNotEmpty().noneMatch(line -> line.contains(TOKEN));
    }

    @Test
    void everyInitialResponseGoesToTheCallbackBaseAndNothingToDiscord() {
        adapter.respond(target, ANSWER);
        adapter.suggest(new ReplyTarget("1000", TOKEN + "2", "5678", target.callbackBase()),
                List.of(new Choice("alia", "alia")));

        assertThat(endpoint.awaitRequests(2, WAIT)).extracting(RecordedRequest::path).containsExactly(
                "/api/v10/interactions/999/" + TOKEN + "/callback",
                "/api/v10/interactions/1000/" + TOKEN + "2/callback");
        assertThat(discord.requests()).isEmpty();
    }

    @Test
    void theEditOfTheOriginalAlwaysGoesToDiscord() {
        adapter.defer(target, true);
        adapter.editOriginal(target, ANSWER);

        assertThat(endpoint.awaitRequests(1, WAIT)).extracting(RecordedRequest::method).containsExactly("POST");
        assertThat(discord.awaitRequests(1, WAIT)).singleElement().satisfies(edit -> {
            assertThat(edit.method()).isEqualTo("PATCH");
            assertThat(edit.path()).isEqualTo("/api/v10/webhooks/5678/" + TOKEN + "/messages/@original");
        });
    }

    @Test
    void anEndpointThatAnsweredByItselfRefusesAsDiscordDoesSoTheServiceEditsInstead() {
        endpoint.script("POST .*/callback", 1, ScriptedAnswer.error(400, 40060,
                "Interaction has already been acknowledged."));
        ReplyNotDeliveredException refused = catchThrowableOfType(ReplyNotDeliveredException.class,
                () -> adapter.respond(target, ANSWER));
        assertThat(refused.refusal()).isEqualTo(Refusal.ALREADY_ANSWERED);

        endpoint.script("POST .*/callback", 1, ScriptedAnswer.error(404, 10062, "Unknown interaction"));
        ReplyNotDeliveredException unknown = catchThrowableOfType(ReplyNotDeliveredException.class,
                () -> adapter.respond(new ReplyTarget("1001", TOKEN + "3", "5678", target.callbackBase()), ANSWER));
        assertThat(unknown.refusal()).isEqualTo(Refusal.EXPIRED);
        assertThat(unknown.getMessage()).contains("{callback_url}/{id}/{token}/callback").doesNotContain(TOKEN);
    }
}
