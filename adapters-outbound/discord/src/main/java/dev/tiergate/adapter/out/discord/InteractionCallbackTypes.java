package dev.tiergate.adapter.out.discord;

/**
 * Discord's numbers for an interaction callback's type and the ephemeral message flag: what the adapter
 * sends, and what the local stand-in and the console read back.
 */
public final class InteractionCallbackTypes {

    public static final int CHANNEL_MESSAGE_WITH_SOURCE = 4;
    public static final int DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE = 5;
    public static final int DEFERRED_UPDATE_MESSAGE = 6;
    public static final int UPDATE_MESSAGE = 7;
    public static final int APPLICATION_COMMAND_AUTOCOMPLETE_RESULT = 8;
    public static final int EPHEMERAL_FLAG = 1 << 6;

    private InteractionCallbackTypes() {
    }
}
