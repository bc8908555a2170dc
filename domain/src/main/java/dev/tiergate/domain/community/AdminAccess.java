package dev.tiergate.domain.community;

import java.util.OptionalLong;
import java.util.Set;

/**
 * Who may use admin commands: a member whose interaction carries Administrator (0x8) or Manage
 * Guild (0x20), or who holds one of the community's admin roles. No permissions in the
 * interaction means no access (fail closed), whatever the roles.
 */
public final class AdminAccess {

    static final long ADMINISTRATOR = 0x8L;
    static final long MANAGE_GUILD = 0x20L;

    private AdminAccess() {
    }

    public static boolean allows(OptionalLong permissions, Set<String> memberRoles, CommunityConfig config) {
        if (permissions.isEmpty()) {
            return false;
        }
        if ((permissions.getAsLong() & (ADMINISTRATOR | MANAGE_GUILD)) != 0) {
            return true;
        }
        return memberRoles.stream().anyMatch(config.adminRoleIds()::contains);
    }
}
