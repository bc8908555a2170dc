package dev.tiergate.application.service.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.role.RoleResync;
import dev.tiergate.application.port.out.interaction.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleResyncReplyTest {

    @Test
    void eachOutcomeSaysWhatHappenedAndWhatToRunNextPrivately() {
        Reply preview = RoleResyncReply.of(new RoleResync.Planned(1, 11, 11, 100));
        Reply refused = RoleResyncReply.of(new RoleResync.Refused(11, 100, 10));
        Reply applied = RoleResyncReply.of(new RoleResync.Applied(500, 2, false));

        assertThat(preview.description()).isEqualTo("Nothing was changed. A re-sync would add 1 role and remove 11 roles,"
                + " taking tier roles from 11 of 100 members. Run `/admin-roles resync mode:apply` to apply it.");
        assertThat(refused.description()).contains("11 of 100 members, more than 10 %").contains("mode:confirm");
        assertThat(applied.description()).contains("500 changes applied, 2 refused").contains("in the background");
        assertThat(List.of(preview, refused, applied)).allSatisfy(reply -> {
            assertThat(reply.ephemeral()).isTrue();
            DiscordReplyLimits.assertFits(reply);
        });
    }
}
