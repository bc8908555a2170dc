package dev.tiergate.bootstrap;

import static dev.tiergate.bootstrap.DiscordAnswers.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tiergate.application.port.out.community.LoadCommunityPort;
import dev.tiergate.application.port.out.profile.LoadProfilesPort;
import dev.tiergate.application.port.out.ranking.LoadRankingPort;
import dev.tiergate.domain.community.Community;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.MemberProfile;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.UserId;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.ConsumerInfo;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The member lifecycle end to end: guild and member events published to a real NATS as the gateway
 * does, applied to a real PostgreSQL, and seen through slash commands answered to the fake Discord.
 * Every event is also re-sent under a new event id (a gateway resend JetStream cannot de-duplicate),
 * which must change nothing.
 */
class MemberLifecycleSystemIT {

    private static final String GUILD = "777777777777777001";
    private static final CommunityId COMMUNITY = new CommunityId(GUILD);
    private static final int MEMBERS = 5;
    private static RunningTiergate tiergate;

    private static String user(int n) {
        return Long.toString(770_000_000_000_000_000L + n);
    }

    /** Members fremen1..fremen5, ranked 1..5 and all seated on the council of seven. */
    @BeforeAll
    static void startWithAFiveMemberCommunity() throws Exception {
        tiergate = new RunningTiergate();
        RankedCommunity.seed(tiergate, GUILD, MEMBERS, MemberLifecycleSystemIT::user,
                n -> Integer.toString(1500 - 30 * n));
    }

    @AfterAll
    static void stop() throws Exception {
        tiergate.close();
    }

    @Test
    void aJoinedMemberIsShownUnderTheNymOfItsUsernameAndAResentJoinChangesNothing() throws Exception {
        String liet = user(50);
        sendTwice("events.member.join", GatewayMessage.event("member.join", GUILD, liet,
                "{\"username\":\"Liet Kynes\",\"discriminator\":0,\"avatar\":\"0123456789abcdef0123456789abcdef\"}"));
        sendTwice("events.member.join", GatewayMessage.event("member.join", GUILD, user(51),
                "{\"username\":\"liet kynes\",\"discriminator\":\"0\"}"));
        Eventually.await("both joined", () -> profile(user(51)) != null);
        awaitSettled("tiergate-member-events");

        MemberProfile joined = profile(liet);
        assertThat(joined.nym()).isEqualTo(new Nym("Liet Kynes"));
        assertThat(joined.avatarUrl()).contains("https://cdn.discordapp.com/avatars/" + liet
                + "/0123456789abcdef0123456789abcdef.png");
        assertThat(profile(user(51)).nym()).as("unique, case-insensitively").isEqualTo(new Nym("liet kynes-2"));
        assertThat(tiergate.bean(LoadProfilesPort.class).findProfileByNym(COMMUNITY, new Nym("liet kynes-3")))
                .as("the resent joins created nobody").isEmpty();

        JsonNode seen = ask(user(52), "\"command_name\":\"profile\",\"subcommand\":\"view\","
                + "\"options\":{\"nym\":\"liet kynes\"}");
        assertThat(seen.at("/data/embeds/0/title").asText()).isEqualTo("Liet Kynes");
    }

    @Test
    void aMemberWhoLeavesIsGoneFromTheLeaderboardTheThresholdAndTheCouncil() throws Exception {
        assertThat(fields(ask(user(53), "\"command_name\":\"threshold\""))).containsEntry("Eligible", "5 / 69");

        sendTwice("events.member.leave", GatewayMessage.event("member.leave", GUILD, user(1), "null"));
        Eventually.await("the leaver is unranked", () -> tiergate.bean(LoadRankingPort.class).countRanked(COMMUNITY) == 4);
        awaitSettled("tiergate-member-events");

        JsonNode board = ask(user(2), "\"command_name\":\"leaderboard\",\"subcommand\":\"score\"");
        assertThat(board.at("/data/embeds/0/description").asText()).contains("fremen2").doesNotContain("fremen1");
        assertThat(fields(board)).containsEntry("Listed", "4 members");
        assertThat(fields(ask(user(54), "\"command_name\":\"threshold\""))).containsEntry("Eligible", "4 / 69");
        assertThat(fields(ask(user(55), "\"command_name\":\"naib\",\"subcommand\":\"overview\"")))
                .containsEntry("Seats", "4 of 7 taken");
        assertThat(tiergate.bean(LoadRankingPort.class).findAtRank(COMMUNITY, 1)).map(m -> m.userId())
                .contains(new UserId(user(2)));
    }

    @Test
    void theGuildKeepsItsNameAndAnOutageChangesNothing() throws Exception {
        sendTwice("events.guild.join", GatewayMessage.event("guild.join", GUILD, user(1),
                "{\"id\":\"" + GUILD + "\",\"name\":\"Sietch Tabr\",\"member_count\":5}"));
        Eventually.await("the guild's name", () -> "Sietch Tabr".equals(community().name()));

        sendTwice("events.guild.leave", GatewayMessage.event("guild.leave", GUILD, user(1),
                "{\"unavailable\":true}"));
        awaitSettled("tiergate-guild-events");

        assertThat(community().active()).isTrue();
        assertThat(community().name()).isEqualTo("Sietch Tabr");
    }

    /** Publishes the event, then the same event under a new event id, as a gateway resending it would. */
    private static void sendTwice(String subject, GatewayMessage event) throws Exception {
        tiergate.publish(subject, event);
        String resentId = UUID.randomUUID().toString();
        tiergate.publish(subject, new GatewayMessage(resentId, null, null, event.json().replace(event.eventId(),
                resentId)));
    }

    private static MemberProfile profile(String user) {
        return tiergate.bean(LoadProfilesPort.class).findProfile(COMMUNITY, new UserId(user)).orElse(null);
    }

    private static Community community() {
        return tiergate.bean(LoadCommunityPort.class).loadCommunity(COMMUNITY).orElseThrow();
    }

    /** Waits until the durable consumer has nothing left to deliver and nothing unacknowledged. */
    private static void awaitSettled(String durable) throws Exception {
        JetStreamManagement jsm = tiergate.client.jetStreamManagement();
        Eventually.await(durable + " settled", () -> {
            try {
                ConsumerInfo info = jsm.getConsumerInfo("EVENTS", durable);
                return info.getNumPending() == 0 && info.getNumAckPending() == 0;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Publishes a slash command of {@code user} and returns its one answer. */
    private static JsonNode ask(String user, String routing) throws Exception {
        GatewayMessage command = GatewayMessage.interaction(GUILD, user, routing);
        tiergate.publish("commands.interaction", command);
        return DiscordAnswers.body(DiscordAnswers.answerTo(tiergate, command));
    }
}
