package dev.tiergate.domain.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RoleRemovalLimitTest {

    @Test
    void tenPercentIsAllowedAndOneMoreMemberIsNot() {
        assertThat(RoleRemovalLimit.DEFAULT.exceededBy(10, 100)).isFalse();
        assertThat(RoleRemovalLimit.DEFAULT.exceededBy(11, 100)).isTrue();
        assertThat(RoleRemovalLimit.DEFAULT.exceededBy(1, 9)).isTrue();
        assertThat(RoleRemovalLimit.DEFAULT.exceededBy(0, 0)).isFalse();
    }

    @Test
    void aHandfulOfRemovalsNeverWaitsForAnAdminButMoreBeyondTheLimitDo() {
        assertThat(RoleRemovalLimit.DEFAULT.requiresConfirmation(4, 10)).isFalse();
        assertThat(RoleRemovalLimit.DEFAULT.requiresConfirmation(5, 10)).isTrue();
        assertThat(RoleRemovalLimit.DEFAULT.requiresConfirmation(10, 100)).isFalse();
        assertThat(RoleRemovalLimit.DEFAULT.requiresConfirmation(11, 100)).isTrue();
    }

    @Test
    void aShareOutsideZeroToHundredIsRejected() {
        assertThatThrownBy(() -> new RoleRemovalLimit(101)).isInstanceOf(IllegalArgumentException.class);
    }
}
