package dev.tiergate.application.service.interaction;

import dev.tiergate.application.port.in.alert.AlertSettings;
import dev.tiergate.application.port.in.interaction.ComponentId;
import dev.tiergate.application.port.out.interaction.ComponentRow;
import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.application.port.out.interaction.ReplyComponent;
import dev.tiergate.application.port.out.interaction.ReplyField;
import dev.tiergate.domain.alert.AlertFrequency;
import dev.tiergate.domain.alert.AlertKind;
import dev.tiergate.domain.alert.AlertPreferences;
import dev.tiergate.domain.profile.UserId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders /alerts for its owner only: the preferences, a row of three toggle buttons (highlighted when
 * on; custom id {@code tg:alerts:toggle:<owner>:<kind>}, the kind in lower case with dashes, e.g.
 * {@code at-risk-warnings}) and a row with the frequency menu ({@code tg:alerts:frequency:<owner>}, values
 * 1/week, 2/week, 3/week, daily).
 */
final class AlertsReply {

    private static final String TITLE = "Your alerts";

    private AlertsReply() {
    }

    static Reply of(AlertSettings settings, UserId owner) {
        return switch (settings) {
            case AlertSettings.Current current -> current(current, owner);
            case AlertSettings.Invalid invalid -> Reply.notice("Invalid " + invalid.field(),
                    "The " + invalid.field() + " " + invalid.problem() + ". Nothing was changed.");
            case AlertSettings.NoProfile none -> Reply.notice("No profile yet",
                    "You have no profile here yet: it is created when you join or receive a score.");
        };
    }

    /** The custom-id argument of a kind's toggle: its name in lower case with dashes. */
    static String argument(AlertKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Reply current(AlertSettings.Current current, UserId owner) {
        AlertPreferences chosen = current.preferences();
        List<ReplyField> fields = Arrays.stream(AlertKind.values())
                .map(kind -> new ReplyField(label(kind), state(chosen, kind, current.seatedAsNaib()), true))
                .collect(Collectors.toCollection(ArrayList::new));
        fields.add(new ReplyField("Frequency", "At most " + chosen.frequency().label(), true));
        ComponentRow toggles = new ComponentRow(Arrays.stream(AlertKind.values())
                .<ReplyComponent>map(kind -> new ReplyComponent.Button(
                        ComponentId.of("alerts", "toggle", owner, argument(kind)).encode(), label(kind),
                        chosen.isOn(kind), false))
                .toList());
        ComponentRow frequency = ComponentRow.of(new ReplyComponent.Select(
                ComponentId.of("alerts", "frequency", owner).encode(), "How often at most",
                Arrays.stream(AlertFrequency.values())
                        .map(option -> new ReplyComponent.SelectOption(option.label(), option.label(),
                                "At most " + option.label(), option == chosen.frequency()))
                        .toList(), 1, 1));
        return new Reply(TITLE, "Alerts come by direct message when your status changes. Use the buttons to switch"
                + " a kind on or off and the menu to choose how often.", fields, List.of(toggles, frequency), true);
    }

    private static String label(AlertKind kind) {
        return switch (kind) {
            case POSITION_UPDATES -> "Position updates";
            case AT_RISK_WARNINGS -> "At-risk warnings";
            case NAIB_ALERTS -> "Naib alerts";
        };
    }

    private static String state(AlertPreferences chosen, AlertKind kind, boolean seatedAsNaib) {
        if (!chosen.isOn(kind)) {
            return "Off";
        }
        return kind == AlertKind.NAIB_ALERTS && !seatedAsNaib ? "On (sent only while you hold a Naib seat)" : "On";
    }
}
