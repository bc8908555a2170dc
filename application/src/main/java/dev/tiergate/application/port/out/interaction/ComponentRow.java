package dev.tiergate.application.port.out.interaction;

import java.util.List;

/** One row of a reply's controls: up to five buttons, or one select menu alone (Discord's rule). */
public record ComponentRow(List<ReplyComponent> components) {

    public static final int MAX_ROWS = 5;
    public static final int MAX_BUTTONS = 5;

    public ComponentRow {
        components = List.copyOf(components);
        long selects = components.stream().filter(ReplyComponent.Select.class::isInstance).count();
        if (components.isEmpty() || (selects > 0 && components.size() > 1) || components.size() > MAX_BUTTONS) {
            throw new IllegalArgumentException("a row holds 1 to 5 buttons or exactly one select menu");
        }
    }

    public static ComponentRow of(ReplyComponent... components) {
        return new ComponentRow(List.of(components));
    }
}
