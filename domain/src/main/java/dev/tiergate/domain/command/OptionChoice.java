package dev.tiergate.domain.command;

/** One fixed value a string option offers: the name the member sees (1–100) and the value sent back (1–100). */
public record OptionChoice(String name, String value) {

    public static final int TEXT_LIMIT = 100;

    public OptionChoice {
        CommandText.require("choice name", name, TEXT_LIMIT);
        CommandText.require("choice value", value, TEXT_LIMIT);
    }
}
