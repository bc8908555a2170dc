package dev.tiergate.domain.command;

/** The kinds of command option, each with the number Discord knows it by. */
public enum OptionType {
    SUB_COMMAND(1), SUB_COMMAND_GROUP(2), STRING(3), INTEGER(4), BOOLEAN(5), USER(6), CHANNEL(7), ROLE(8),
    MENTIONABLE(9), NUMBER(10), ATTACHMENT(11);

    private final int code;

    OptionType(int code) {
        this.code = code;
    }

    /** Discord's number for this type. */
    public int code() {
        return code;
    }

    /** Sub-commands and their groups branch the command; every other type carries a value. */
    public boolean isSubCommand() {
        return this == SUB_COMMAND || this == SUB_COMMAND_GROUP;
    }

    /** Only typed values the member enters can be suggested as they type. */
    boolean allowsAutocomplete() {
        return this == STRING || this == INTEGER || this == NUMBER;
    }
}
