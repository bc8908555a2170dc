package dev.tiergate.adapter.out.discord;

/** One autocomplete suggestion as Discord reads it: the name shown and the value filled in, each 1–100 characters. */
record DiscordChoice(String name, String value) {
}
