package dev.tiergate.adapter.out.discord;

import java.util.List;

/** Discord's {@code allowed_mentions}; Tiergate always sends {@link #NONE} so no reply can ping anyone. */
record AllowedMentions(List<String> parse) {

    static final AllowedMentions NONE = new AllowedMentions(List.of());
}
