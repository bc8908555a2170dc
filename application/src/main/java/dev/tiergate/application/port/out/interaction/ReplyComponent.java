package dev.tiergate.application.port.out.interaction;

import java.util.List;
import java.util.Objects;

/**
 * A control on a reply. Its {@code customId} (at most 100 characters, see
 * {@code port.in.interaction.ComponentId}) comes back with the click.
 */
public sealed interface ReplyComponent {

    int CUSTOM_ID_LIMIT = 100;
    int LABEL_LIMIT = 80;

    String customId();

    /** A button; {@code selected} renders it highlighted (a toggle that is on, the current page's sort). */
    record Button(String customId, String label, boolean selected, boolean disabled) implements ReplyComponent {
        public Button {
            checkCustomId(customId);
            Objects.requireNonNull(label, "label");
        }
    }

    /** A menu of up to 25 options, of which the member picks between {@code minValues} and {@code maxValues}. */
    record Select(String customId, String placeholder, List<SelectOption> options, int minValues, int maxValues)
            implements ReplyComponent {
        public static final int MAX_OPTIONS = 25;

        public Select {
            checkCustomId(customId);
            options = List.copyOf(options);
            if (options.isEmpty() || options.size() > MAX_OPTIONS || minValues < 0 || maxValues < Math.max(1, minValues)
                    || maxValues > options.size()) {
                throw new IllegalArgumentException("a select menu offers 1 to 25 options and a valid value range");
            }
        }
    }

    /** One choice of a select menu; {@code value} is what comes back, {@code selected} pre-selects it. */
    record SelectOption(String label, String value, String description, boolean selected) {
        public SelectOption {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    private static void checkCustomId(String customId) {
        if (customId == null || customId.isEmpty() || customId.length() > CUSTOM_ID_LIMIT) {
            throw new IllegalArgumentException("a custom id is 1 to " + CUSTOM_ID_LIMIT + " characters");
        }
    }
}
