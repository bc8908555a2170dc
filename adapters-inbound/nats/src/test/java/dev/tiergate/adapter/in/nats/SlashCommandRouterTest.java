package dev.tiergate.adapter.in.nats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tiergate.application.port.in.interaction.Caller;
import dev.tiergate.application.port.in.interaction.InteractionRequest;
import dev.tiergate.application.port.in.interaction.MemberCommand;
import dev.tiergate.application.port.in.interaction.MemberCommand.Suggestion;
import dev.tiergate.application.port.in.role.ResyncRolesCommand;
import dev.tiergate.domain.alert.AlertKind;
import dev.tiergate.domain.badge.BadgeId;
import dev.tiergate.domain.command.CommandCatalog;
import dev.tiergate.domain.command.CommandOption;
import dev.tiergate.domain.command.OptionType;
import dev.tiergate.domain.directory.DirectoryFilter;
import dev.tiergate.domain.directory.DirectorySort;
import dev.tiergate.domain.leaderboard.LeaderboardKind;
import dev.tiergate.domain.profile.Tenure;
import dev.tiergate.domain.tier.Tier;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Interaction envelopes to application requests: transport fields required, routing fields choose the command. */
class SlashCommandRouterTest {

    static final String APPLICATION_ID = "111111111111111111";
    static final String TOKEN = "aW50ZXJhY3Rpb25fdG9rZW5fc2VjcmV0";
    private static final String INTERACTION_ID = "1234567890123456789";

    private final GatewayEnvelopeParser parser = new GatewayEnvelopeParser();
    private final SlashCommandRouter router = new SlashCommandRouter(APPLICATION_ID);

    @Test
    void routesPositionWithItsRefCommunityMemberAndCreationTime() {
        InteractionRequest request = routed(interaction("\"command_name\": \"position\""));

        assertThat(request.command()).isEqualTo(new MemberCommand.ShowPosition());
        assertThat(request.ref().interactionId()).isEqualTo(INTERACTION_ID);
        assertThat(request.ref().token()).isEqualTo(TOKEN);
        assertThat(request.ref().applicationId()).isEqualTo(APPLICATION_ID);
        assertThat(request.communityId()).contains(new CommunityId("123456789012345678"));
        assertThat(request.userId()).contains(new UserId("987654321098765432"));
        assertThat(request.createdAt())
                .isEqualTo(Instant.ofEpochMilli((Long.parseLong(INTERACTION_ID) >> 22) + 1_420_070_400_000L));
    }

    @Test
    void prefersTheApplicationIdTheInteractionNames() {
        InteractionRequest request = routed(interaction(
                "\"command_name\": \"threshold\", \"application_id\": \"222222222222222222\""));

        assertThat(request.ref().applicationId()).isEqualTo("222222222222222222");
        assertThat(request.command()).isEqualTo(new MemberCommand.ShowThreshold());
    }

    static Stream<Arguments> commands() {
        String award = "\"command_name\": \"admin-badge\", \"subcommand\": \"award\", \"options\": ";
        return Stream.of(
                Arguments.of("\"command_name\": \"position\"", new MemberCommand.ShowPosition()),
                Arguments.of("\"command_name\": \"threshold\"", new MemberCommand.ShowThreshold()),
                Arguments.of("\"command_name\": \"stats\"", new MemberCommand.ShowStats()),
                Arguments.of("\"command_name\": \"alerts\"", new MemberCommand.ShowAlerts()),
                Arguments.of("\"command_name\": \"admin-stats\"", new MemberCommand.ShowCommunityStats()),
                Arguments.of("\"command_name\": \"profile\", \"subcommand\": \"view\"",
                        new MemberCommand.ViewProfile(Optional.empty())),
                Arguments.of("\"command_name\": \"profile\", \"subcommand\": \"view\", \"options\": {\"nym\": \" alice \"}",
                        new MemberCommand.ViewProfile(Optional.of("alice"))),
                Arguments.of("\"command_name\": \"profile\", \"subcommand\": \"view\", \"options\": {\"nym\": \"  \"}",
                        new MemberCommand.ViewProfile(Optional.empty())),
                Arguments.of("\"command_name\": \"profile\", \"subcommand\": \"view\", \"options\": {\"nym\": 42}",
                        new MemberCommand.ViewProfile(Optional.empty())),
                Arguments.of("\"command_name\": \"profile\", \"subcommand\": \"edit\", \"options\": {\"bio\": \"\"}",
                        new MemberCommand.EditProfile(Optional.empty(), Optional.of(""))),
                Arguments.of("\"command_name\": \"profile\", \"subcommand\": \"edit\", \"options\": {\"nym\": \"Neo\"}",
                        new MemberCommand.EditProfile(Optional.of("Neo"), Optional.empty())),
                Arguments.of("\"command_name\": \"profile\", \"subcommand\": \"delete\"",
                        new MemberCommand.Unknown("profile delete")),
                Arguments.of("\"command_name\": \"profile\", \"subcommand_group\": \"settings\", \"subcommand\": \"view\"",
                        new MemberCommand.Unknown("profile")),
                Arguments.of("\"command_name\": \"profile\"", new MemberCommand.Unreadable()),
                Arguments.of("\"command_name\": \"badges\"", new MemberCommand.ShowBadges(Optional.empty())),
                Arguments.of("\"command_name\": \"leaderboard\", \"subcommand\": \"tiers\"",
                        new MemberCommand.ShowLeaderboard(LeaderboardKind.TIERS)),
                Arguments.of("\"command_name\": \"leaderboard\", \"subcommand\": \"wealth\"",
                        new MemberCommand.Unknown("leaderboard wealth")),
                Arguments.of("\"command_name\": \"naib\", \"subcommand\": \"former\"",
                        new MemberCommand.ShowNaib(MemberCommand.NaibPart.FORMER)),
                Arguments.of("\"command_name\": \"directory\"",
                        new MemberCommand.BrowseDirectory(DirectoryFilter.EVERYONE, DirectorySort.NYM)),
                Arguments.of("\"command_name\": \"directory\", \"options\": {\"tier\": \"usul\", \"badge\": \"og\","
                        + " \"tenure\": \"elder\", \"sort\": \"badges\"}",
                        new MemberCommand.BrowseDirectory(new DirectoryFilter(Set.of(Tier.USUL),
                                Optional.of(new BadgeId("og")), Optional.of(Tenure.ELDER)), DirectorySort.BADGES)),
                Arguments.of("\"command_name\": \"directory\", \"options\": {\"tier\": \"none\"}",
                        new MemberCommand.Invalid("tier", "is not one of the tiers")),
                Arguments.of("\"command_name\": \"directory\", \"options\": {\"badge\": \"100%_\"}",
                        new MemberCommand.Invalid("badge", "must be a lower-case slug of at most 32 characters")),
                Arguments.of(award + "{\"nym\": \"alice\", \"badge\": \"helper\", \"reason\": \"answers\"}",
                        new MemberCommand.AwardBadge("alice", "helper", Optional.of("answers"))),
                Arguments.of(award + "{\"badge\": \"helper\"}", new MemberCommand.Invalid("nym", "is required")),
                Arguments.of("\"command_name\": \"admin-badge\", \"subcommand\": \"revoke\", \"options\": "
                        + "{\"nym\": \"alice\", \"badge\": \"helper\"}",
                        new MemberCommand.RevokeBadge("alice", "helper", Optional.empty())),
                Arguments.of("\"command_name\": \"admin-roles\", \"subcommand\": \"resync\", \"options\": {\"mode\": \"confirm\"}",
                        new MemberCommand.ResyncRoles(ResyncRolesCommand.Mode.APPLY_CONFIRMED)),
                Arguments.of("\"command_name\": \"admin-roles\", \"subcommand\": \"resync\", \"options\": {\"mode\": \"all\"}",
                        new MemberCommand.Invalid("mode", "must be preview, apply or confirm")),
                Arguments.of("\"command_name\": \"admin-roles\", \"subcommand\": \"wipe\"",
                        new MemberCommand.Unknown("admin-roles wipe")),
                Arguments.of("\"command_name\": \"ban\"", new MemberCommand.Unknown("ban")),
                Arguments.of("\"command_name\": 17", new MemberCommand.Unreadable()),
                Arguments.of("", new MemberCommand.Unreadable()));
    }

    @ParameterizedTest(name = "{1} from [{0}]")
    @MethodSource("commands")
    void mapsTheRoutingFieldsToAMemberCommand(String routing, MemberCommand expected) {
        assertThat(routed(interaction(routing)).command()).isEqualTo(expected);
    }

    /** Every command and sub-command Discord registers, with its required options, reads as what it names. */
    static Stream<Arguments> registeredCommands() {
        return CommandCatalog.TIERGATE.stream().flatMap(command -> {
            List<CommandOption> subcommands = command.options().stream()
                    .filter(option -> option.type() == OptionType.SUB_COMMAND).toList();
            if (subcommands.isEmpty()) {
                return Stream.of(Arguments.of(command.name(), "", requiredOptions(command.options())));
            }
            return subcommands.stream().map(sub -> Arguments.of(command.name(), sub.name(), requiredOptions(sub.options())));
        });
    }

    private static String requiredOptions(List<CommandOption> options) {
        return options.stream().filter(CommandOption::required)
                .map(option -> "\"" + option.name() + "\": \"helper\"").collect(Collectors.joining(", "));
    }

    @ParameterizedTest(name = "/{0} {1}")
    @MethodSource("registeredCommands")
    void everyRegisteredCommandIsReadAsTheCommandItNames(String name, String subcommand, String options) {
        MemberCommand command = routed(interaction("\"command_name\": \"" + name + "\""
                + (subcommand.isEmpty() ? "" : ", \"subcommand\": \"" + subcommand + "\"")
                + ", \"options\": {" + options + "}")).command();

        assertThat(command).isNotInstanceOfAny(MemberCommand.Unknown.class, MemberCommand.Unreadable.class,
                MemberCommand.Invalid.class);
    }

    static Stream<Arguments> suggestions() {
        return Stream.of(
                Arguments.of("\"command_name\": \"profile\", \"subcommand\": \"view\", \"focused\": \"nym\","
                        + " \"options\": {\"nym\": \"al%\"}", new MemberCommand.Suggest(Suggestion.NYM, "al%")),
                Arguments.of("\"command_name\": \"admin-badge\", \"subcommand\": \"award\", \"focused\": \"badge\","
                        + " \"options\": {\"nym\": \"alice\"}", new MemberCommand.Suggest(Suggestion.CONTRIBUTION_BADGE, "")),
                Arguments.of("\"command_name\": \"admin-badge\", \"subcommand\": \"revoke\", \"focused\": \"badge\","
                        + " \"options\": {\"badge\": \"he\"}", new MemberCommand.Suggest(Suggestion.BADGE, "he")),
                Arguments.of("\"command_name\": \"directory\", \"focused\": \"sort\"", new MemberCommand.Unknown("directory")),
                Arguments.of("\"command_name\": \"badges\"", new MemberCommand.Unreadable()));
    }

    @ParameterizedTest(name = "{1} from [{0}]")
    @MethodSource("suggestions")
    void mapsAnAutocompleteRequestToTheSuggestionItsFocusedOptionNeeds(String routing, MemberCommand expected) {
        assertThat(routed(interactionOfType("ApplicationCommandAutocomplete", routing)).command()).isEqualTo(expected);
    }

    static Stream<Arguments> clicks() {
        UserId owner = new UserId("987654321098765432");
        String id = "tg:%s:" + owner.value();
        return Stream.of(
                Arguments.of("\"custom_id\": \"" + id.formatted("directory:next") + "\"",
                        new MemberCommand.PageDirectory(owner, true)),
                Arguments.of("\"custom_id\": \"" + id.formatted("directory:prev") + "\"",
                        new MemberCommand.PageDirectory(owner, false)),
                Arguments.of("\"custom_id\": \"" + id.formatted("directory:filter") + ":tier\", \"values\": [\"usul\", \"naib\"]",
                        new MemberCommand.FilterDirectory(owner, "tier", List.of("usul", "naib"))),
                Arguments.of("\"custom_id\": \"" + id.formatted("directory:sort") + "\", \"values\": [\"tenure\"]",
                        new MemberCommand.SortDirectory(owner, "tenure")),
                Arguments.of("\"custom_id\": \"" + id.formatted("alerts:toggle") + ":at-risk-warnings\"",
                        new MemberCommand.ToggleAlert(owner, AlertKind.AT_RISK_WARNINGS)),
                Arguments.of("\"custom_id\": \"" + id.formatted("alerts:frequency") + "\", \"values\": [\"daily\"]",
                        new MemberCommand.SetAlertFrequency(owner, "daily")),
                Arguments.of("\"custom_id\": \"" + id.formatted("alerts:toggle") + ":everything\"",
                        new MemberCommand.Unknown("component")),
                Arguments.of("\"custom_id\": \"" + id.formatted("directory:sort") + "\", \"values\": \"tenure\"",
                        new MemberCommand.Unknown("component")),
                Arguments.of("\"custom_id\": \"someone-elses-button\"", new MemberCommand.Unknown("component")),
                Arguments.of("\"values\": []", new MemberCommand.Unreadable()));
    }

    @ParameterizedTest(name = "{1} from [{0}]")
    @MethodSource("clicks")
    void mapsAClickByItsCustomId(String routing, MemberCommand expected) {
        assertThat(routed(interactionOfType("MessageComponent", routing)).command()).isEqualTo(expected);
    }

    @Test
    void readsTheCallersPermissionsAndRolesAndDropsWhatIsUnreadable() {
        InteractionRequest request = routed(interaction("\"command_name\": \"admin-stats\", \"member_permissions\": \"32\","
                + " \"member_roles\": [\"555555555555555555\", \"<@&1>\", 7]"));
        InteractionRequest noPermissions = routed(interaction("\"command_name\": \"admin-stats\","
                + " \"member_permissions\": \"-8\""));

        assertThat(request.caller()).isEqualTo(new Caller(OptionalLong.of(32), Set.of("555555555555555555")));
        assertThat(noPermissions.caller()).isEqualTo(Caller.UNKNOWN);
    }

    @Test
    void aModalOrAnyOtherInteractionTypeIsAnUnknownCommand() {
        assertThat(routed(interactionOfType("ModalSubmit", "\"custom_id\": \"x\"")).command())
                .isEqualTo(new MemberCommand.Unknown("ModalSubmit"));
    }

    @Test
    void answersInDirectMessagesWithoutCommunityOrMember() {
        String body = body("null", "null", "\"interaction_id\": \"" + INTERACTION_ID
                + "\", \"interaction_type\": \"ApplicationCommand\", \"interaction_token\": \"" + TOKEN + "\"");

        InteractionRequest request = routed(body);

        assertThat(request.communityId()).isEmpty();
        assertThat(request.userId()).isEmpty();
        assertThat(request.command()).isEqualTo(new MemberCommand.Unreadable());
    }

    static Stream<Arguments> poison() {
        String id = "\"interaction_id\": \"" + INTERACTION_ID + "\"";
        String type = "\"interaction_type\": \"ApplicationCommand\"";
        String token = "\"interaction_token\": \"" + TOKEN + "\"";
        return Stream.of(
                Arguments.of(type + ", " + token, "missing interaction_id"),
                Arguments.of("\"interaction_id\": 1234567890123456789, " + type + ", " + token,
                        "interaction_id is not a snowflake"),
                Arguments.of("\"interaction_id\": \"12\", " + type + ", " + token, "interaction_id is not a snowflake"),
                Arguments.of(id + ", " + token, "missing interaction_type"),
                Arguments.of(id + ", \"interaction_type\": 2, " + token, "interaction_type is not a string"),
                Arguments.of(id + ", " + type, "missing interaction_token"),
                Arguments.of(id + ", " + type + ", \"interaction_token\": null", "missing interaction_token"),
                Arguments.of(id + ", " + type + ", \"interaction_token\": 5", "interaction_token is not a string"),
                Arguments.of(id + ", " + type + ", \"interaction_token\": \" \"", "interaction_token is not a string"),
                Arguments.of(id + ", " + type + ", " + token + ", \"application_id\": \"" + TOKEN + "\"",
                        "application_id is not a snowflake"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("poison")
    void rejectsAnInteractionWithoutItsTransportFields(String data, String reason) {
        Decoded<InteractionRequest> decoded = route(body("\"123456789012345678\"", "\"987654321098765432\"", data));

        assertThat(decoded).isEqualTo(Decoded.poison(reason));
        assertThat(reason).doesNotContain(TOKEN);
    }

    @Test
    void rejectsAnotherEventTypeAndMissingData() {
        String member = "{\"event_id\": \"00000000-0000-4000-8000-000000000003\", \"event_type\": \"member.join\","
                + " \"shard_id\": 0, \"timestamp\": 1700000000000, \"data\": {}}";
        String noData = "{\"event_id\": \"00000000-0000-4000-8000-000000000003\","
                + " \"event_type\": \"interaction.create\", \"shard_id\": 0, \"timestamp\": 1700000000000}";

        assertThat(route(member)).isEqualTo(Decoded.poison("event_type is not interaction.create"));
        assertThat(route(noData)).isEqualTo(Decoded.poison("missing data"));
    }

    @Test
    void theRequestNeverPrintsItsToken() {
        assertThat(routed(interaction("\"command_name\": \"position\"")).toString()).doesNotContain(TOKEN);
    }

    static String interaction(String routing) {
        return interactionOfType("ApplicationCommand", routing);
    }

    static String interactionOfType(String type, String routing) {
        return body("\"123456789012345678\"", "\"987654321098765432\"", "\"interaction_id\": \"" + INTERACTION_ID
                + "\", \"interaction_type\": \"" + type + "\", \"interaction_token\": \"" + TOKEN + "\""
                + (routing.isEmpty() ? "" : ", " + routing));
    }

    private static String body(String guildId, String userId, String data) {
        return "{\"event_id\": \"00000000-0000-4000-8000-000000000006\", \"event_type\": \"interaction.create\","
                + " \"shard_id\": 0, \"timestamp\": 1700000000000, \"guild_id\": " + guildId
                + ", \"channel_id\": null, \"user_id\": " + userId + ", \"data\": {" + data + "}}";
    }

    private Decoded<InteractionRequest> route(String body) {
        return parser.parse(body.getBytes(StandardCharsets.UTF_8)).then(router::route);
    }

    private InteractionRequest routed(String body) {
        return switch (route(body)) {
            case Decoded.Accepted<InteractionRequest>(InteractionRequest request) -> request;
            case Decoded.Poison<InteractionRequest>(String reason) -> fail("rejected: " + reason);
        };
    }
}
