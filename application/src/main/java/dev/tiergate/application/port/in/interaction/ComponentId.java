package dev.tiergate.application.port.in.interaction;

import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.shared.Snowflake;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code custom_id} of a button or menu Tiergate sends:
 * {@code tg:<feature>:<action>:<owner user id>[:<argument>]}, at most 100 characters.
 * {@code feature} and {@code action} are 1–16 of {@code a-z -}; the owner is the member whose
 * session the control drives (only that member may use it); the argument is 1–40 of
 * {@code A-Z a-z 0-9 _ . -}. Anything else is not one of ours and parses to empty.
 */
public record ComponentId(String feature, String action, UserId owner, Optional<String> argument) {

    private static final Pattern WORD = Pattern.compile("[a-z-]{1,16}");
    private static final Pattern ARGUMENT = Pattern.compile("[A-Za-z0-9_.-]{1,40}");
    private static final Pattern FORMAT = Pattern.compile(
            "tg:([a-z-]{1,16}):([a-z-]{1,16}):([0-9]{17,20})(?::([A-Za-z0-9_.-]{1,40}))?");

    public ComponentId {
        if (feature == null || !WORD.matcher(feature).matches() || action == null || !WORD.matcher(action).matches()) {
            throw new IllegalArgumentException("feature and action are 1 to 16 of a-z and -");
        }
        if (argument.isPresent() && !ARGUMENT.matcher(argument.get()).matches()) {
            throw new IllegalArgumentException("an argument is 1 to 40 of A-Z a-z 0-9 _ . -");
        }
    }

    public static ComponentId of(String feature, String action, UserId owner) {
        return new ComponentId(feature, action, owner, Optional.empty());
    }

    public static ComponentId of(String feature, String action, UserId owner, String argument) {
        return new ComponentId(feature, action, owner, Optional.of(argument));
    }

    /** The custom id; at most 7 + 16 + 16 + 20 + 41 = 100 characters by construction. */
    public String encode() {
        return "tg:" + feature + ":" + action + ":" + owner.value() + argument.map(arg -> ":" + arg).orElse("");
    }

    public static Optional<ComponentId> parse(String customId) {
        if (customId == null || customId.length() > 100) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(customId);
        if (!matcher.matches() || !Snowflake.isValid(matcher.group(3))) {
            return Optional.empty();
        }
        return Optional.of(new ComponentId(matcher.group(1), matcher.group(2), new UserId(matcher.group(3)),
                Optional.ofNullable(matcher.group(4))));
    }
}
