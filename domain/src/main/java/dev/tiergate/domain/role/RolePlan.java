package dev.tiergate.domain.role;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tier-role changes one member needs: at most one role to add and the tier roles to remove; the
 * added role is never also removed.
 */
public record RolePlan(Optional<String> add, Set<String> remove) {

    public RolePlan {
        Objects.requireNonNull(add, "add");
        remove = Set.copyOf(remove);
        if (add.isPresent() && remove.contains(add.get())) {
            throw new IllegalArgumentException("a role cannot be both added and removed");
        }
    }

    public boolean isEmpty() {
        return add.isEmpty() && remove.isEmpty();
    }

    /** The same plan without changes to {@code roleIds} (roles the sync leaves alone for now). */
    public RolePlan without(Set<String> roleIds) {
        return new RolePlan(add.filter(role -> !roleIds.contains(role)),
                remove.stream().filter(role -> !roleIds.contains(role)).collect(Collectors.toSet()));
    }
}
