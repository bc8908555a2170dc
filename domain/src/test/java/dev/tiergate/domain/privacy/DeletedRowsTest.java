package dev.tiergate.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiergate.domain.profile.UserId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeletedRowsTest {

    @Test
    void totalsEveryKindAndCountsAMissingKindAsZero() {
        DeletedRows rows = new DeletedRows(Map.of("member_profiles", 1, "badge_awards", 3));

        assertThat(rows.total()).isEqualTo(4);
        assertThat(rows.of("badge_awards")).isEqualTo(3);
        assertThat(rows.of("tier_changes")).isZero();
    }

    @Test
    void aCountIsNeverNegative() {
        assertThatThrownBy(() -> new DeletedRows(Map.of("badge_awards", -1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAdminIsRecordedByIdAndTheMemberItselfAsMember() {
        assertThat(new DeletionActor.Admin(new UserId("223456789012345678")).recorded()).isEqualTo("223456789012345678");
        assertThat(new DeletionActor.Member().recorded()).isEqualTo("member");
    }
}
