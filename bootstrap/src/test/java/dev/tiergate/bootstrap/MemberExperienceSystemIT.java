package dev.tiergate.bootstrap;

import static dev.tiergate.bootstrap.DiscordAnswers.fields;
import static dev.tiergate.bootstrap.DiscordAnswers.title;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tiergate.adapter.out.discord.LocalDiscordStandIn.RecordedRequest;
import dev.tiergate.application.port.in.stats.ShowStatsQuery;
import dev.tiergate.application.port.in.stats.ShowStatsUseCase;
import dev.tiergate.application.port.in.stats.StatsView;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every slash command, button, menu and autocomplete end to end: interactions published to a real
 * NATS, answered from a real PostgreSQL and Redis, the answers caught by a fake Discord on loopback.
 * Each test uses its own members, so the per-member rate limit never interferes.
 */
class MemberExperienceSystemIT {

    private static final String GUILD = "888888888888888888";
    private static final String ADMIN = "\"member_permissions\":\"8\"";
    private static final int MEMBERS = 40;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningTiergate tiergate;

    private static String user(int n) {
        return Long.toString(800_000_000_000_000_000L + n);
    }

    /** Member n scores (1500 − 30n), so its rank is n: Naib seats 1–7, then Fedaykin, all 40 ranked. */
    @BeforeAll
    static void startWithACommunityOfFortyRankedMembers() throws Exception {
        tiergate = new RunningTiergate();
        RankedCommunity.seed(tiergate, GUILD, MEMBERS, MemberExperienceSystemIT::user, n -> Integer.toString(1500 - 30 * n));
    }

    @AfterAll
    static void stop() throws Exception {
        tiergate.close();
    }

    @Test
    void aMemberEditsItsProfileAndOthersSeeItSafely() throws Exception {
        JsonNode edited = ask(command(2, "\"command_name\":\"profile\",\"subcommand\":\"edit\","
                + "\"options\":{\"nym\":\"Neo Fremen\",\"bio\":\"spice @everyone <@123456789012345678>\"}"));
        assertThat(edited.at("/data/embeds/0/title").asText()).isEqualTo("Profile updated");
        assertThat(edited.at("/data/flags").asInt()).isEqualTo(64);

        JsonNode seen = ask(command(3, "\"command_name\":\"profile\",\"subcommand\":\"view\",\"options\":{\"nym\":\"neo fremen\"}"));
        assertThat(seen.at("/data/embeds/0/title").asText()).isEqualTo("Neo Fremen");
        assertThat(seen.at("/data/embeds/0/description").asText()).startsWith("spice @").doesNotContain("@everyone")
                .doesNotContain("<@1");
        assertThat(seen.at("/data/allowed_mentions/parse").size()).isZero();

        JsonNode again = ask(command(2, "\"command_name\":\"profile\",\"subcommand\":\"edit\",\"options\":{\"nym\":\"Neo\"}"));
        assertThat(again.at("/data/embeds/0/title").asText()).isEqualTo("Nym change not allowed yet");

        JsonNode hostile = ask(command(4, "\"command_name\":\"profile\",\"subcommand\":\"edit\",\"options\":{\"nym\":\"100%_\"}"));
        assertThat(hostile.at("/data/embeds/0/title").asText()).isEqualTo("Invalid nym");
    }

    @Test
    void anAdminAwardsAndRevokesABadgeOnceAndMembersSeeIt() throws Exception {
        String award = "\"command_name\":\"admin-badge\",\"subcommand\":\"award\","
                + "\"options\":{\"nym\":\"fremen6\",\"badge\":\"helper\",\"reason\":\"answers questions\"}," + ADMIN;
        assertThat(title(ask(command(5, award)))).isEqualTo("Badge awarded");
        assertThat(title(ask(command(5, award)))).isEqualTo("Already held");
        assertThat(title(ask(command(5, award.replace("helper", "og"))))).isEqualTo("Awarded automatically");
        assertThat(title(ask(command(8, award.replace("," + ADMIN, ""))))).as("no permissions, no award")
                .isEqualTo("Admins only");

        JsonNode badges = ask(command(7, "\"command_name\":\"badges\",\"options\":{\"nym\":\"fremen6\"}"));
        assertThat(title(badges)).isEqualTo("Badges of fremen6");
        assertThat(badges.toString()).contains("Helper");

        String revoke = award.replace("\"award\"", "\"revoke\"");
        assertThat(title(ask(command(9, revoke)))).isEqualTo("Badge revoked");
        assertThat(title(ask(command(9, revoke)))).isEqualTo("Not held");
    }

    @Test
    void statsLeaderboardsNaibAndAdminStatsAnswerFromTheWholeCommunity() throws Exception {
        JsonNode stats = ask(command(10, "\"command_name\":\"stats\""));
        assertThat(title(stats)).isEqualTo("Your stats");
        assertThat(fields(stats)).containsEntry("Rank", "#10").containsEntry("Tier", "Fedaykin");

        JsonNode score = ask(command(40, "\"command_name\":\"leaderboard\",\"subcommand\":\"score\""));
        assertThat(score.at("/data/flags").isMissingNode()).as("leaderboards are public").isTrue();
        assertThat(score.at("/data/embeds/0/description").asText()).contains("fremen1").doesNotContain("fremen11");
        assertThat(fields(score).get("Your place")).contains("#40").contains("fremen40");

        JsonNode tiers = ask(command(39, "\"command_name\":\"leaderboard\",\"subcommand\":\"tiers\""));
        assertThat(tiers.at("/data/embeds/0/title").asText()).isNotBlank();

        JsonNode council = ask(command(11, "\"command_name\":\"naib\",\"subcommand\":\"overview\""));
        assertThat(fields(council)).containsEntry("Seats", "7 of 7 taken");
        assertThat(council.toString()).contains("**fremen1**").contains("**fremen7**").doesNotContain("**fremen8**");

        JsonNode admin = ask(command(12, "\"command_name\":\"admin-stats\"," + ADMIN));
        assertThat(fields(admin)).containsEntry("Members", Integer.toString(MEMBERS))
                .containsEntry("Ranked", Integer.toString(MEMBERS));
        assertThat(title(ask(command(13, "\"command_name\":\"admin-stats\"")))).isEqualTo("Admins only");
    }

    @Test
    void theDirectoryPagesOnlyForItsOwner() throws Exception {
        JsonNode first = ask(command(14, "\"command_name\":\"directory\",\"options\":{\"sort\":\"tenure\"}"));
        assertThat(first.at("/data/flags").isMissingNode()).isTrue();
        assertThat(first.at("/data/embeds/0/description").asText()).contains("fremen1").doesNotContain("fremen11");
        String next = "tg:directory:next:" + user(14);
        assertThat(first.toString()).contains(next);

        GatewayMessage click = click(14, next, "");
        RecordedRequest paged = answerTo(click);
        JsonNode page2 = JSON.readTree(paged.body());
        assertThat(page2.get("type").asInt()).as("the clicked message is updated").isEqualTo(7);
        assertThat(page2.at("/data/embeds/0/description").asText()).contains("fremen11").doesNotContain("**fremen1**");

        JsonNode stranger = JSON.readTree(answerTo(click(15, next, "")).body());
        assertThat(stranger.get("type").asInt()).isEqualTo(4);
        assertThat(stranger.at("/data/flags").asInt()).isEqualTo(64);
        assertThat(stranger.at("/data/embeds/0/title").asText()).isEqualTo("Not yours");
    }

    @Test
    void theDirectoryPagesBackSortsAndFiltersAtMostOnceEveryTwoSeconds() throws Exception {
        ask(command(23, "\"command_name\":\"directory\""));
        String owner = user(23);
        JsonNode page2 = JSON.readTree(answerTo(click(23, "tg:directory:next:" + owner, "")).body());
        assertThat(fields(page2).get("Page")).startsWith("2");
        JsonNode tooFast = JSON.readTree(answerTo(click(23, "tg:directory:prev:" + owner, "")).body());
        assertThat(tooFast.get("type").asInt()).as("a throttled click leaves the page alone").isEqualTo(4);
        assertThat(tooFast.at("/data/embeds/0/title").asText()).isEqualTo("Slow down");

        Thread.sleep(2100);
        JsonNode page1 = JSON.readTree(answerTo(click(23, "tg:directory:prev:" + owner, "")).body());
        assertThat(page1.get("type").asInt()).isEqualTo(7);
        assertThat(fields(page1).get("Page")).startsWith("1");

        Thread.sleep(2100);
        JsonNode naibOnly = JSON.readTree(answerTo(click(23, "tg:directory:filter:" + owner + ":tier",
                ",\"values\":[\"naib\"]")).body());
        assertThat(naibOnly.get("type").asInt()).isEqualTo(7);
        assertThat(naibOnly.at("/data/embeds/0/description").asText()).contains("**fremen7**")
                .doesNotContain("**fremen8**");

        Thread.sleep(2100);
        JsonNode byBadges = JSON.readTree(answerTo(click(23, "tg:directory:sort:" + owner, ",\"values\":[\"badges\"]"))
                .body());
        assertThat(byBadges.get("type").asInt()).isEqualTo(7);
        assertThat(fields(byBadges).get("Sort")).isNotEqualTo(fields(naibOnly).get("Sort"));
    }

    @Test
    void theOtherLeaderboardAndCouncilViewsArePublic() throws Exception {
        JsonNode badges = ask(command(20, "\"command_name\":\"leaderboard\",\"subcommand\":\"badges\""));
        assertThat(title(badges)).isEqualTo("Leaderboard: badges");
        assertThat(badges.at("/data/flags").isMissingNode()).isTrue();

        JsonNode current = ask(command(21, "\"command_name\":\"naib\",\"subcommand\":\"current\""));
        assertThat(title(current)).isEqualTo("Naib council");
        assertThat(current.toString()).contains("**fremen7**");

        JsonNode former = ask(command(22, "\"command_name\":\"naib\",\"subcommand\":\"former\""));
        assertThat(title(former)).isEqualTo("Former Naib: the honour roll");
        assertThat(former.at("/data/flags").isMissingNode()).isTrue();
    }

    @Test
    void aReactionEarnsTheGiverOneAndTheAuthorTwo() throws Exception {
        tiergate.publish("events.reaction.add", GatewayMessage.event("reaction.add", GUILD, user(24),
                "{\"message_id\":\"999999999999999992\",\"user_id\":\"" + user(24) + "\",\"message_author_id\":\""
                        + user(25) + "\"}"));
        assertThat(awaitActivity(25)).isBetween(1.99, 2.0);
        assertThat(awaitActivity(24)).isBetween(0.99, 1.0);
    }

    private static double awaitActivity(int member) throws InterruptedException {
        ShowStatsUseCase stats = tiergate.bean(ShowStatsUseCase.class);
        ShowStatsQuery query = new ShowStatsQuery(new CommunityId(GUILD), new UserId(user(member)));
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (true) {
            if (stats.showStats(query) instanceof StatsView.Found found && found.activity() > 0) {
                return found.activity();
            }
            assertThat(System.nanoTime()).as("activity recorded in time").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    @Test
    void alertTogglesAndFrequencyAreClickedInPlace() throws Exception {
        JsonNode shown = ask(command(16, "\"command_name\":\"alerts\""));
        assertThat(shown.at("/data/flags").asInt()).isEqualTo(64);
        String toggle = "tg:alerts:toggle:" + user(16) + ":at-risk-warnings";
        assertThat(shown.toString()).contains(toggle);

        JsonNode toggled = JSON.readTree(answerTo(click(16, toggle, "")).body());
        assertThat(toggled.get("type").asInt()).isEqualTo(7);
        assertThat(component(shown, toggle).get("style").asInt()).as("on: highlighted").isEqualTo(1);
        assertThat(component(toggled, toggle).get("style").asInt()).as("off: plain").isEqualTo(2);

        JsonNode refused = JSON.readTree(answerTo(click(16, "tg:alerts:frequency:" + user(16),
                ",\"values\":[\"hourly\"]")).body());
        assertThat(refused.get("type").asInt()).as("a refusal never replaces the message").isEqualTo(4);
        assertThat(refused.at("/data/embeds/0/title").asText()).isEqualTo("Invalid frequency");
    }

    @Test
    void autocompleteSuggestsAtMostTwentyFiveMatchingChoicesAndTakesWildcardsLiterally() throws Exception {
        JsonNode nyms = suggest(17, "\"command_name\":\"profile\",\"subcommand\":\"view\",\"focused\":\"nym\","
                + "\"options\":{\"nym\":\"FREMEN1\"}");
        assertThat(nyms.get("type").asInt()).isEqualTo(8);
        List<String> values = new ArrayList<>();
        nyms.at("/data/choices").forEach(choice -> values.add(choice.get("value").asText()));
        assertThat(values).hasSizeBetween(1, 25).allMatch(nym -> nym.startsWith("fremen1"));

        JsonNode wildcard = suggest(17, "\"command_name\":\"badges\",\"focused\":\"nym\",\"options\":{\"nym\":\"%\"}");
        assertThat(wildcard.at("/data/choices").size()).isZero();

        JsonNode badges = suggest(18, "\"command_name\":\"admin-badge\",\"subcommand\":\"award\",\"focused\":\"badge\","
                + "\"options\":{\"badge\":\"\"}");
        List<String> awardable = new ArrayList<>();
        badges.at("/data/choices").forEach(choice -> awardable.add(choice.get("value").asText()));
        assertThat(awardable).containsExactly("helper", "builder", "teacher", "water-sharer");
    }

    @Test
    void messagesEarnActivityOnceEvenWhenRedelivered() throws Exception {
        GatewayMessage message = GatewayMessage.event("message.create", GUILD, user(19),
                "{\"message_id\":\"999999999999999991\",\"author_id\":\"" + user(19) + "\"}");
        tiergate.publish("events.message.create", message);
        tiergate.publish("events.message.create", message);
        awaitActivity(19);
        Thread.sleep(1000); // a second application of the redelivered event would land in this time
        assertThat(fields(ask(command(19, "\"command_name\":\"stats\""))).get("Activity")).isEqualTo("1.0");
    }

    private static GatewayMessage command(int member, String routing) {
        return GatewayMessage.interaction(GUILD, user(member), routing);
    }

    private static GatewayMessage click(int member, String customId, String more) throws Exception {
        GatewayMessage message = GatewayMessage.interaction(GUILD, user(member), "MessageComponent",
                "\"custom_id\":\"" + customId + "\"" + more);
        tiergate.publish("commands.interaction", message);
        return message;
    }

    private static JsonNode suggest(int member, String routing) throws Exception {
        GatewayMessage message = GatewayMessage.interaction(GUILD, user(member), "ApplicationCommandAutocomplete", routing);
        tiergate.publish("commands.interaction", message);
        return JSON.readTree(answerTo(message).body());
    }

    /** Publishes a slash command and returns the body of its one initial response, a message (type 4). */
    private static JsonNode ask(GatewayMessage message) throws Exception {
        tiergate.publish("commands.interaction", message);
        JsonNode body = JSON.readTree(answerTo(message).body());
        assertThat(body.get("type").asInt()).as("an answer, not a deferral").isEqualTo(4);
        assertThat(body.at("/data/allowed_mentions/parse").size()).as("replies never ping").isZero();
        return body;
    }

    private static RecordedRequest answerTo(GatewayMessage message) throws InterruptedException {
        return DiscordAnswers.answerTo(tiergate, message);
    }

    private static JsonNode component(JsonNode reply, String customId) {
        for (JsonNode row : reply.at("/data/components")) {
            for (JsonNode component : row.get("components")) {
                if (customId.equals(component.path("custom_id").asText())) {
                    return component;
                }
            }
        }
        throw new AssertionError("no component " + customId + " in " + reply);
    }
}
