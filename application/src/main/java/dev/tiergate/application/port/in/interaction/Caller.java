package dev.tiergate.application.port.in.interaction;

import java.util.OptionalLong;
import java.util.Set;

/**
 * What the interaction says about the member who sent it: the permission bitfield (absent when
 * Discord sent none, which admin checks read as "not allowed") and the member's role ids.
 */
public record Caller(OptionalLong permissions, Set<String> roleIds) {

    public static final Caller UNKNOWN = new Caller(OptionalLong.empty(), Set.of());

    public Caller {
        roleIds = Set.copyOf(roleIds);
    }
}
