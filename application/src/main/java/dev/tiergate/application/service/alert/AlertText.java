package dev.tiergate.application.service.alert;

import dev.tiergate.application.port.out.alert.AlertMessage;
import dev.tiergate.application.port.out.alert.PendingAlert;
import dev.tiergate.domain.alert.AlertFact;

/** The member-facing text of every alert DM: short, true, and naming the community it is about. */
final class AlertText {

    /** Discord's embed title limit; a community name is cut so the title always fits. */
    private static final int NAME_LIMIT = 100;

    private AlertText() {
    }

    static AlertMessage of(PendingAlert alert) {
        String in = "In " + communityName(alert.communityName()) + ": ";
        return switch (alert.fact()) {
            case AlertFact.TierChanged changed when changed.promoted() -> new AlertMessage(
                    "You were promoted to " + changed.to().displayName(),
                    in + "your tier went from " + changed.from().displayName() + " to " + changed.to().displayName()
                            + ".");
            case AlertFact.TierChanged changed -> new AlertMessage(
                    "Your tier is now " + changed.to().displayName(),
                    in + "your tier went from " + changed.from().displayName() + " to " + changed.to().displayName()
                            + " after the grace period.");
            case AlertFact.SeatTaken _ -> new AlertMessage("You took a Naib seat",
                    in + "you now hold a Naib seat.");
            case AlertFact.SeatLost _ -> new AlertMessage("You lost your Naib seat",
                    in + "a higher score took your Naib seat.");
            case AlertFact.EnteredAtRisk risk -> new AlertMessage(
                    "You entered the at-risk zone: rank #" + risk.rank(),
                    in + "you are near the end of the eligible ranks. Raise your score to stay eligible.");
        };
    }

    /** The name on one line, cut to a bounded length, with mentions defused (DMs never ping, but they should not read as one). */
    private static String communityName(String name) {
        String line = name.replaceAll("\\p{Cntrl}+", " ").strip().replace("@", "@\u200D");
        if (line.isEmpty()) {
            return "your community";
        }
        return line.length() <= NAME_LIMIT ? line : line.substring(0, NAME_LIMIT - 1) + "…";
    }
}
