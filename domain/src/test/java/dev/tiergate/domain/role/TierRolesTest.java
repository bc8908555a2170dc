package dev.tiergate.domain.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiergate.domain.tier.Tier;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TierRolesTest {

    private static final String NAIB = "100000000000000001";
    private static final String FEDAYKIN = "100000000000000002";
    private static final String HAJRA = "100000000000000009";
    private static final String OTHER = "900000000000000001";
    private static final TierRoles ROLES = TierRoles.of(Map.of(Tier.NAIB, NAIB, Tier.FEDAYKIN, FEDAYKIN,
            Tier.HAJRA, HAJRA));

    @Test
    void aPromotedMemberGetsTheNewTierRoleAndLosesTheOldOne() {
        assertThat(ROLES.planFor(Tier.FEDAYKIN, Set.of(HAJRA, OTHER)))
                .isEqualTo(new RolePlan(Optional.of(FEDAYKIN), Set.of(HAJRA)));
    }

    @Test
    void onlyOneTierRoleIsKeptWhenTheMemberHoldsSeveral() {
        assertThat(ROLES.planFor(Tier.NAIB, Set.of(NAIB, FEDAYKIN, HAJRA)))
                .isEqualTo(new RolePlan(Optional.empty(), Set.of(FEDAYKIN, HAJRA)));
    }

    @Test
    void rolesNoTierGrantsAreNeverTouched() {
        assertThat(ROLES.planFor(Tier.HAJRA, Set.of(HAJRA, OTHER)).isEmpty()).isTrue();
        assertThat(ROLES.planFor(Tier.NONE, Set.of(OTHER)).isEmpty()).isTrue();
    }

    @Test
    void noTierRemovesEveryTierRole() {
        assertThat(ROLES.planFor(Tier.NONE, Set.of(NAIB, HAJRA, OTHER)))
                .isEqualTo(new RolePlan(Optional.empty(), Set.of(NAIB, HAJRA)));
    }

    @Test
    void aTierWithoutARoleRemovesTheOtherTierRolesAndAddsNothing() {
        assertThat(ROLES.planFor(Tier.USUL, Set.of(HAJRA)))
                .isEqualTo(new RolePlan(Optional.empty(), Set.of(HAJRA)));
    }

    @Test
    void tiersSharingOneRoleKeepIt() {
        TierRoles shared = TierRoles.of(Map.of(Tier.NAIB, NAIB, Tier.FEDAYKIN, NAIB));
        assertThat(shared.planFor(Tier.FEDAYKIN, Set.of(NAIB)).isEmpty()).isTrue();
    }

    @Test
    void withoutLeavesTheNamedRolesAlone() {
        RolePlan plan = ROLES.planFor(Tier.FEDAYKIN, Set.of(HAJRA, NAIB));
        assertThat(plan.without(Set.of(FEDAYKIN, NAIB))).isEqualTo(new RolePlan(Optional.empty(), Set.of(HAJRA)));
    }

    @Test
    void theAbsenceOfATierHasNoRole() {
        assertThatThrownBy(() -> TierRoles.of(Map.of(Tier.NONE, NAIB))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAuditReasonNamesTheTier() {
        assertThat(TierRoles.auditReason(Tier.FEDAYKIN)).isEqualTo("Tiergate: tier Fedaykin");
        assertThat(TierRoles.auditReason(Tier.NONE)).isEqualTo("Tiergate: no tier");
    }
}
