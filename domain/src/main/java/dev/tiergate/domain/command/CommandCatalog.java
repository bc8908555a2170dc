package dev.tiergate.domain.command;

import static dev.tiergate.domain.command.CommandOption.subCommand;
import static dev.tiergate.domain.command.CommandOption.text;

import dev.tiergate.domain.directory.DirectorySort;
import dev.tiergate.domain.profile.Tenure;
import dev.tiergate.domain.tier.Tier;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every slash command Tiergate offers, defined once: the router reads these names and Discord
 * registers exactly these definitions. Choice values are the lower-case names of the domain's enums.
 */
public final class CommandCatalog {

    private static final int NYM_MIN = 3;
    private static final int NYM_MAX = 32;
    private static final int BIO_MAX = 160;
    private static final int REASON_MAX = 200;

    private static final CommandOption ANY_NYM = text("nym", "The member's nym (leave it out for yourself)")
            .withAutocomplete();

    public static final List<SlashCommand> TIERGATE = List.of(
            SlashCommand.of("profile", "See a member's profile or change your own",
                    subCommand("view", "Show a member's profile", ANY_NYM),
                    subCommand("edit", "Change your nym or your bio",
                            text("nym", "Your new nym: 3-32 letters, digits, spaces, _ - or .")
                                    .withLength(NYM_MIN, NYM_MAX),
                            text("bio", "Your new bio, up to 160 characters").withLength(1, BIO_MAX))),
            SlashCommand.of("badges", "Show the badges a member holds", ANY_NYM),
            SlashCommand.of("stats", "Your own numbers: score, rank, tier, activity and badges"),
            SlashCommand.of("position", "Your rank, the gaps around you and your status"),
            SlashCommand.of("threshold", "The score needed to become Fedaykin and who is waiting"),
            SlashCommand.of("leaderboard", "Show one of the community's leaderboards",
                    subCommand("score", "Members ranked by score"),
                    subCommand("badges", "Members with the most badges"),
                    subCommand("tiers", "Members closest to their next tier")),
            SlashCommand.of("directory", "Browse the community's members",
                    text("tier", "Only members of this tier").withChoices(tierChoices()),
                    text("badge", "Only members holding this badge").withAutocomplete(),
                    text("tenure", "Only members who have been here this long").withChoices(List.of(
                            choice("OG (joined in the first month)", Tenure.OG),
                            choice("Veteran (90 days or more)", Tenure.VETERAN),
                            choice("Elder (180 days or more)", Tenure.ELDER),
                            choice("Member", Tenure.MEMBER))),
                    text("sort", "How to order the list").withChoices(List.of(
                            choice("Nym (A to Z)", DirectorySort.NYM),
                            choice("Tenure (longest first)", DirectorySort.TENURE),
                            choice("Badges (most first)", DirectorySort.BADGES)))),
            SlashCommand.of("alerts", "Choose which alerts you get by DM and how often"),
            SlashCommand.of("naib", "Show the Naib council",
                    subCommand("overview", "Every seat, empty seats and the founding Naib"),
                    subCommand("current", "The members seated as Naib now"),
                    subCommand("former", "Former Naib, longest seated first")),
            SlashCommand.forAdmins("admin-stats", "Community numbers for admins: members, tiers, activity, badges"),
            SlashCommand.forAdmins("admin-badge", "Award or revoke a contribution badge",
                    subCommand("award", "Give a member a contribution badge", badgeOptions()),
                    subCommand("revoke", "Take a contribution badge back from a member", badgeOptions())),
            SlashCommand.forAdmins("admin-roles", "Tier roles on Discord",
                    subCommand("resync", "Preview or apply a full re-sync of every member's tier role",
                            text("mode", "Preview changes nothing; apply refuses big removals unless confirmed")
                                    .withChoices(List.of(new OptionChoice("preview", "preview"),
                                            new OptionChoice("apply", "apply"),
                                            new OptionChoice("apply, confirmed even for big removals", "confirm"))))));

    private CommandCatalog() {
    }

    /** The command with this name, if Tiergate offers one. */
    public static Optional<SlashCommand> find(String name) {
        return TIERGATE.stream().filter(command -> command.name().equals(name)).findFirst();
    }

    private static CommandOption[] badgeOptions() {
        return new CommandOption[] {
            text("nym", "The member's nym").asRequired().withAutocomplete(),
            text("badge", "The contribution badge").asRequired().withAutocomplete(),
            text("reason", "Why, for the badge history (up to 200 characters)").withLength(1, REASON_MAX)};
    }

    private static List<OptionChoice> tierChoices() {
        return Arrays.stream(Tier.values()).filter(tier -> tier != Tier.NONE)
                .map(tier -> choice(tier.displayName(), tier)).toList();
    }

    private static OptionChoice choice(String name, Enum<?> value) {
        return new OptionChoice(name, value.name().toLowerCase(Locale.ROOT));
    }
}
