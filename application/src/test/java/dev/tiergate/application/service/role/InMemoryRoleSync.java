package dev.tiergate.application.service.role;

import dev.tiergate.application.port.out.role.MemberRolesPort;
import dev.tiergate.application.port.out.role.RoleChange;
import dev.tiergate.application.port.out.rolesync.LoadRoleMismatchesPort;
import dev.tiergate.application.port.out.rolesync.MemberTierRoles;
import dev.tiergate.application.port.out.rolesync.RecordTierRolePort;
import dev.tiergate.application.port.out.rolesync.RoleRemovals;
import dev.tiergate.application.port.out.rolesync.RoleSyncFailuresPort;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.role.RolePlan;
import dev.tiergate.domain.role.RoleSyncFailure;
import dev.tiergate.domain.role.TierRoles;
import dev.tiergate.domain.tier.Tier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One community's members, recorded roles, refusals and a scriptable Discord, all in memory. */
final class InMemoryRoleSync implements LoadRoleMismatchesPort, RecordTierRolePort, RoleSyncFailuresPort,
        MemberRolesPort {

    /** A member's tier, recorded roles and the version of those roles (a member.update bumps it). */
    static final class Member {
        Tier tier;
        Set<String> roles;
        int version;

        Member(Tier tier, Set<String> roles) {
            this.tier = tier;
            this.roles = new HashSet<>(roles);
        }
    }

    /** One call made to Discord. */
    record Call(String method, UserId member, String roleId, String reason) {
    }

    private record Standing(RoleSyncFailure failure, int version) {
    }

    final CommunityId community;
    final TierRoles roles;
    final Map<UserId, Member> members = new LinkedHashMap<>();
    final Map<String, RoleChange> answers = new HashMap<>();
    final List<Call> calls = new ArrayList<>();
    private final Map<List<String>, Standing> failures = new LinkedHashMap<>();

    InMemoryRoleSync(CommunityId community, TierRoles roles) {
        this.community = community;
        this.roles = roles;
    }

    void member(UserId user, Tier tier, Set<String> held) {
        members.put(user, new Member(tier, held));
    }

    /** A member.update naming the member's roles anew. */
    void updateRoles(UserId user, Set<String> held) {
        Member member = members.get(user);
        member.roles = new HashSet<>(held);
        member.version++;
    }

    @Override
    public List<CommunityId> communitiesWithTierRoles() {
        return List.of(community);
    }

    @Override
    public List<MemberTierRoles> mismatchedMembers(CommunityId id, Optional<UserId> after, int limit,
            boolean includingFailures) {
        return members.entrySet().stream()
                .filter(e -> after.map(a -> e.getKey().value().compareTo(a.value()) > 0).orElse(true))
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(UserId::value)))
                .map(e -> new MemberTierRoles(e.getKey(), e.getValue().tier, e.getValue().roles,
                        standing(e.getKey(), e.getValue())))
                .filter(m -> {
                    RolePlan plan = roles.planFor(m.tier(), m.heldRoleIds());
                    return !(includingFailures ? plan : plan.without(m.standingFailures())).isEmpty();
                })
                .limit(limit).toList();
    }

    private Set<String> standing(UserId user, Member member) {
        Set<String> standing = new HashSet<>();
        failures.values().stream().filter(s -> s.failure().member().equals(user) && s.version() == member.version)
                .forEach(s -> standing.add(s.failure().roleId()));
        return standing;
    }

    @Override
    public RoleRemovals countRemovals(CommunityId id) {
        int losing = (int) members.values().stream()
                .filter(m -> !roles.planFor(m.tier, m.roles).remove().isEmpty()).count();
        return new RoleRemovals(losing, members.size());
    }

    @Override
    public void recordRoleAdded(CommunityId id, UserId member, String roleId) {
        members.get(member).roles.add(roleId);
    }

    @Override
    public void recordRoleRemoved(CommunityId id, UserId member, String roleId) {
        members.get(member).roles.remove(roleId);
    }

    @Override
    public void recordFailure(RoleSyncFailure failure) {
        failures.put(List.of(failure.member().value(), failure.roleId()),
                new Standing(failure, members.get(failure.member()).version));
    }

    @Override
    public List<RoleSyncFailure> listFailures(CommunityId id, int limit) {
        return failures.values().stream().map(Standing::failure).limit(limit).toList();
    }

    @Override
    public int clearFailures(CommunityId id) {
        int cleared = failures.size();
        failures.clear();
        return cleared;
    }

    @Override
    public RoleChange addRole(CommunityId guild, UserId member, String roleId, String auditReason) {
        calls.add(new Call("PUT", member, roleId, auditReason));
        return answers.getOrDefault(roleId, new RoleChange.Applied());
    }

    @Override
    public RoleChange removeRole(CommunityId guild, UserId member, String roleId, String auditReason) {
        calls.add(new Call("DELETE", member, roleId, auditReason));
        return answers.getOrDefault(roleId, new RoleChange.Applied());
    }
}
