package dev.tiergate.adapter.out.discord;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Discord's wire form of message components: action rows holding buttons or one string select menu. */
sealed interface DiscordComponent {

    int ACTION_ROW = 1;
    int BUTTON = 2;
    int STRING_SELECT = 3;
    int PRIMARY = 1;
    int SECONDARY = 2;

    /** Discord's component type number, sent as {@code type}. */
    @JsonProperty("type")
    int type();

    /** One row of up to five buttons or a single select menu. */
    record ActionRow(List<DiscordComponent> components) implements DiscordComponent {
        public ActionRow {
            components = List.copyOf(components);
        }

        @Override
        public int type() {
            return ACTION_ROW;
        }
    }

    /** An interactive button; {@code style} is {@link #PRIMARY} (highlighted) or {@link #SECONDARY}. */
    record Button(String customId, int style, String label, boolean disabled) implements DiscordComponent {
        @Override
        public int type() {
            return BUTTON;
        }
    }

    /** A menu of string options, of which the member picks between {@code minValues} and {@code maxValues}. */
    record StringSelect(String customId, String placeholder, List<Option> options, int minValues, int maxValues)
            implements DiscordComponent {
        public StringSelect {
            options = List.copyOf(options);
        }

        @Override
        public int type() {
            return STRING_SELECT;
        }
    }

    /** One option of a select menu; {@code preselected} is Discord's {@code default}, sent only when true. */
    record Option(String label, String value, String description,
            @JsonProperty("default") Boolean preselected) {
    }
}
