package dev.tiergate.domain.privacy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiergate.domain.role.RoleSyncFailure;
import dev.tiergate.domain.shared.InvalidFieldException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RoleSyncFailureEntryTest {

    @Test
    void theRoleMustBeADiscordSnowflake() {
        assertThatThrownBy(() -> new RoleSyncFailureEntry("role-7", RoleSyncFailure.Reason.FORBIDDEN, "Missing Access",
                Instant.EPOCH, Instant.EPOCH)).isInstanceOf(InvalidFieldException.class);
    }
}
