package dev.tiergate.adapter.in.nats;

import dev.tiergate.application.port.in.interaction.ComponentId;
import dev.tiergate.application.port.in.interaction.MemberCommand;
import dev.tiergate.application.port.in.interaction.MemberCommand.Suggestion;
import dev.tiergate.application.port.in.role.ResyncRolesCommand;
import dev.tiergate.domain.alert.AlertKind;
import dev.tiergate.domain.badge.BadgeId;
import dev.tiergate.domain.command.CommandCatalog;
import dev.tiergate.domain.command.OptionType;
import dev.tiergate.domain.command.SlashCommand;
import dev.tiergate.domain.directory.DirectoryFilter;
import dev.tiergate.domain.directory.DirectorySort;
import dev.tiergate.domain.leaderboard.LeaderboardKind;
import dev.tiergate.domain.profile.Tenure;
import dev.tiergate.domain.shared.InvalidFieldException;
import dev.tiergate.domain.tier.Tier;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what the member asked for from an interaction's routing fields: a slash command by its
 * name, sub-command and options; an autocomplete request by its focused option; a click by its
 * {@link ComponentId}. Names not offered become {@link MemberCommand.Unknown}, missing routing
 * fields {@link MemberCommand.Unreadable}, bad option values {@link MemberCommand.Invalid}.
 */
final class MemberCommandReader {

    private MemberCommandReader() {
    }

    static MemberCommand read(String interactionType, RoutingFields fields) {
        return switch (interactionType) {
            case "ApplicationCommand" -> fields.text("command_name").map(name -> command(name, fields))
                    .orElseGet(MemberCommand.Unreadable::new);
            case "ApplicationCommandAutocomplete" -> fields.text("command_name").map(name -> suggestion(name, fields))
                    .orElseGet(MemberCommand.Unreadable::new);
            case "MessageComponent" -> fields.text("custom_id").map(id -> click(id, fields))
                    .orElseGet(MemberCommand.Unreadable::new);
            default -> new MemberCommand.Unknown(interactionType);
        };
    }

    /** Only what {@link CommandCatalog} defines (and so registers with Discord) is read as a command. */
    private static MemberCommand command(String name, RoutingFields fields) {
        Optional<SlashCommand> definition = CommandCatalog.find(name);
        Optional<String> subcommand = fields.text("subcommand");
        if (definition.isEmpty() || fields.text("subcommand_group").isPresent()) {
            return new MemberCommand.Unknown(name);
        }
        if (subcommand.isPresent() && definition.get().options().stream()
                .noneMatch(option -> option.type() == OptionType.SUB_COMMAND && option.name().equals(subcommand.get()))) {
            return new MemberCommand.Unknown(name + " " + subcommand.get());
        }
        return switch (name) {
            case "position" -> new MemberCommand.ShowPosition();
            case "threshold" -> new MemberCommand.ShowThreshold();
            case "stats" -> new MemberCommand.ShowStats();
            case "alerts" -> new MemberCommand.ShowAlerts();
            case "admin-stats" -> new MemberCommand.ShowCommunityStats();
            case "badges" -> new MemberCommand.ShowBadges(trimmed(fields, "nym"));
            case "directory" -> directory(fields);
            case "profile" -> subcommand.map(sub -> profile(name, sub, fields)).orElseGet(MemberCommand.Unreadable::new);
            case "leaderboard" -> subcommand.map(sub -> orUnknown(name + " " + sub,
                    parseEnum(LeaderboardKind.class, sub).map(MemberCommand.ShowLeaderboard::new)))
                    .orElseGet(MemberCommand.Unreadable::new);
            case "naib" -> subcommand.map(sub -> orUnknown(name + " " + sub,
                    parseEnum(MemberCommand.NaibPart.class, sub).map(MemberCommand.ShowNaib::new)))
                    .orElseGet(MemberCommand.Unreadable::new);
            case "admin-badge" -> subcommand.map(sub -> adminBadge(name, sub, fields))
                    .orElseGet(MemberCommand.Unreadable::new);
            case "admin-roles" -> subcommand.isPresent() ? resync(fields) : new MemberCommand.Unreadable();
            default -> new MemberCommand.Unknown(name);
        };
    }

    private static MemberCommand profile(String name, String subcommand, RoutingFields fields) {
        return switch (subcommand) {
            case "view" -> new MemberCommand.ViewProfile(trimmed(fields, "nym"));
            // An edit takes blank values as given: "bio: (empty)" clears the bio.
            case "edit" -> new MemberCommand.EditProfile(
                    fields.hasOption("nym") ? Optional.of(fields.option("nym").orElse("")) : Optional.empty(),
                    fields.hasOption("bio") ? Optional.of(fields.option("bio").orElse("")) : Optional.empty());
            default -> new MemberCommand.Unknown(name + " " + subcommand);
        };
    }

    private static MemberCommand adminBadge(String name, String subcommand, RoutingFields fields) {
        Optional<String> nym = trimmed(fields, "nym");
        Optional<String> badge = trimmed(fields, "badge");
        if (nym.isEmpty()) {
            return new MemberCommand.Invalid("nym", "is required");
        }
        if (badge.isEmpty()) {
            return new MemberCommand.Invalid("badge", "is required");
        }
        Optional<String> reason = trimmed(fields, "reason");
        return switch (subcommand) {
            case "award" -> new MemberCommand.AwardBadge(nym.get(), badge.get(), reason);
            case "revoke" -> new MemberCommand.RevokeBadge(nym.get(), badge.get(), reason);
            default -> new MemberCommand.Unknown(name + " " + subcommand);
        };
    }

    /** The only sub-command is resync (the catalog checked it); no mode means a preview. */
    private static MemberCommand resync(RoutingFields fields) {
        return switch (trimmed(fields, "mode").orElse("preview")) {
            case "preview" -> new MemberCommand.ResyncRoles(ResyncRolesCommand.Mode.DRY_RUN);
            case "apply" -> new MemberCommand.ResyncRoles(ResyncRolesCommand.Mode.APPLY);
            case "confirm" -> new MemberCommand.ResyncRoles(ResyncRolesCommand.Mode.APPLY_CONFIRMED);
            default -> new MemberCommand.Invalid("mode", "must be preview, apply or confirm");
        };
    }

    private static MemberCommand directory(RoutingFields fields) {
        try {
            Set<Tier> tiers = trimmed(fields, "tier").map(tier -> Set.of(tier(tier))).orElse(Set.of());
            Optional<BadgeId> badge = trimmed(fields, "badge").map(BadgeId::new);
            Optional<Tenure> tenure = trimmed(fields, "tenure").map(MemberCommandReader::tenure);
            DirectorySort sort = trimmed(fields, "sort").map(MemberCommandReader::sort).orElse(DirectorySort.NYM);
            return new MemberCommand.BrowseDirectory(new DirectoryFilter(tiers, badge, tenure), sort);
        } catch (InvalidFieldException invalid) {
            return new MemberCommand.Invalid(invalid.field(), invalid.problem());
        }
    }

    /** Autocomplete: the focused option decides what is suggested; an option that takes no suggestions is unknown. */
    private static MemberCommand suggestion(String name, RoutingFields fields) {
        Optional<String> focused = fields.text("focused");
        if (focused.isEmpty()) {
            return new MemberCommand.Unreadable();
        }
        Optional<Suggestion> kind = switch (focused.get()) {
            case "nym" -> Optional.of(Suggestion.NYM);
            case "badge" -> Optional.of(name.equals("admin-badge") && fields.text("subcommand").equals(Optional.of("award"))
                    ? Suggestion.CONTRIBUTION_BADGE
                    : Suggestion.BADGE);
            default -> Optional.empty();
        };
        return kind.<MemberCommand>map(k -> new MemberCommand.Suggest(k, fields.focusedInput(focused.get()).orElse("")))
                .orElseGet(() -> new MemberCommand.Unknown(name));
    }

    private static MemberCommand click(String customId, RoutingFields fields) {
        Optional<ComponentId> parsed = ComponentId.parse(customId);
        Optional<List<String>> values = fields.values();
        if (parsed.isEmpty() || values.isEmpty()) {
            return new MemberCommand.Unknown("component");
        }
        ComponentId id = parsed.get();
        List<String> chosen = values.get();
        Optional<MemberCommand> command = switch (id.feature() + ":" + id.action()) {
            case "directory:prev" -> Optional.of(new MemberCommand.PageDirectory(id.owner(), false));
            case "directory:next" -> Optional.of(new MemberCommand.PageDirectory(id.owner(), true));
            case "directory:filter" -> id.argument().map(filter ->
                    new MemberCommand.FilterDirectory(id.owner(), filter, chosen));
            case "directory:sort" -> first(chosen).map(sort -> new MemberCommand.SortDirectory(id.owner(), sort));
            case "alerts:toggle" -> id.argument().flatMap(kind -> parseEnum(AlertKind.class, kind))
                    .map(kind -> new MemberCommand.ToggleAlert(id.owner(), kind));
            case "alerts:frequency" -> first(chosen).map(f -> new MemberCommand.SetAlertFrequency(id.owner(), f));
            default -> Optional.empty();
        };
        return command.orElseGet(() -> new MemberCommand.Unknown("component"));
    }

    private static MemberCommand orUnknown(String name, Optional<? extends MemberCommand> command) {
        return command.<MemberCommand>map(c -> c).orElseGet(() -> new MemberCommand.Unknown(name));
    }

    private static Optional<String> trimmed(RoutingFields fields, String option) {
        return fields.option(option).map(String::strip);
    }

    private static Optional<String> first(List<String> values) {
        return values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    /** An enum constant from its lower-case, hyphenated wire name ({@code at-risk-warnings}). */
    private static <E extends Enum<E>> Optional<E> parseEnum(Class<E> type, String wire) {
        String constant = wire.toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(constant)).findFirst();
    }

    private static Tier tier(String value) {
        return parseEnum(Tier.class, value).filter(tier -> tier != Tier.NONE)
                .orElseThrow(() -> new InvalidFieldException("tier", "is not one of the tiers"));
    }

    private static Tenure tenure(String value) {
        return parseEnum(Tenure.class, value)
                .orElseThrow(() -> new InvalidFieldException("tenure", "must be og, veteran, elder or member"));
    }

    private static DirectorySort sort(String value) {
        return parseEnum(DirectorySort.class, value)
                .orElseThrow(() -> new InvalidFieldException("sort", "must be nym, tenure or badges"));
    }
}
