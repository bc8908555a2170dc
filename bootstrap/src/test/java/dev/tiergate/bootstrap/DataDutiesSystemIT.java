package dev.tiergate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.member.RegisterMemberCommand;
import dev.tiergate.application.port.in.member.RegisterMemberUseCase;
import dev.tiergate.application.port.in.privacy.DeleteMemberDataCommand;
import dev.tiergate.application.port.in.privacy.DeleteMemberDataUseCase;
import dev.tiergate.application.port.in.privacy.ExportMemberDataQuery;
import dev.tiergate.application.port.in.privacy.ExportMemberDataUseCase;
import dev.tiergate.application.port.in.privacy.MemberDataDeletion;
import dev.tiergate.application.port.in.privacy.MemberDataExport;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.privacy.DeletionActor;
import dev.tiergate.domain.profile.UserId;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The data-duty use cases as the service wires them (DataDutiesFactory, RedisFactory): a member's
 * export, then its deletion, which also clears its session, rate-limit and cooldown keys in Redis.
 */
class DataDutiesSystemIT {

    private static final CommunityId GUILD = new CommunityId("888888888888888811");
    private static final UserId MEMBER = new UserId("700000000000000811");
    private static RunningTiergate tiergate;

    @BeforeAll
    static void start() throws Exception {
        tiergate = new RunningTiergate();
    }

    @AfterAll
    static void stop() throws Exception {
        tiergate.close();
    }

    @Test
    void aMemberIsExportedThenDeletedWithItsRedisState() {
        tiergate.bean(RegisterMemberUseCase.class)
                .registerMember(new RegisterMemberCommand(GUILD, MEMBER, "stilgar", Instant.parse("2026-01-01T00:00:00Z")));
        RedisCommands<String, String> redis = tiergate.redis.probe();
        List<String> keys = List.of("tiergate:" + GUILD + ":session:directory:" + MEMBER,
                "tiergate:" + GUILD + ":member-commands:" + MEMBER, "tg:" + GUILD + ":activity-cooldown:message:" + MEMBER);
        keys.forEach(key -> redis.set(key, "x"));
        ExportMemberDataUseCase export = tiergate.bean(ExportMemberDataUseCase.class);

        assertThat(export.exportMemberData(new ExportMemberDataQuery(GUILD, MEMBER)))
                .isInstanceOfSatisfying(MemberDataExport.Exported.class,
                        exported -> assertThat(exported.data().profile().nym().value()).isEqualTo("stilgar"));

        MemberDataDeletion deletion = tiergate.bean(DeleteMemberDataUseCase.class)
                .deleteMemberData(new DeleteMemberDataCommand(GUILD, MEMBER, new DeletionActor.Member()));

        assertThat(deletion).isInstanceOf(MemberDataDeletion.Deleted.class);
        assertThat(export.exportMemberData(new ExportMemberDataQuery(GUILD, MEMBER)))
                .isEqualTo(new MemberDataExport.NothingStored());
        assertThat(redis.exists(keys.toArray(String[]::new))).isZero();
    }
}
