package dev.tiergate.application.service.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.privacy.ExportMemberDataQuery;
import dev.tiergate.application.port.in.privacy.MemberDataExport;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.privacy.MemberData;
import dev.tiergate.domain.profile.Bio;
import dev.tiergate.domain.profile.MemberProfile;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.profile.WalletAddress;
import dev.tiergate.domain.tier.Tier;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ExportMemberDataServiceTest {

    private static final CommunityId GUILD = new CommunityId("123456789012345678");
    private static final UserId MEMBER = new UserId("987654321098765432");
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    private static final MemberData DATA = new MemberData(
            new MemberProfile(GUILD, MEMBER, new Nym("Chani"), Bio.EMPTY, Optional.empty(), Instant.EPOCH,
                    Score.parse("12.5"), Tier.HAJRA, false, false,
                    Optional.of(new WalletAddress("0x" + "ab".repeat(20)))),
            Optional.of(Instant.EPOCH), OptionalInt.of(1), Optional.empty(), Optional.empty(), List.of(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
            List.of(), List.of(), Optional.empty(), List.of(), false, List.of());

    private final ExportMemberDataService service = new ExportMemberDataService(
            (community, user) -> Optional.ofNullable(Map.of(MEMBER, DATA).get(user)), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aStoredMemberIsExportedInFullAsOfNow() {
        assertThat(service.exportMemberData(new ExportMemberDataQuery(GUILD, MEMBER)))
                .isEqualTo(new MemberDataExport.Exported(DATA, NOW));
    }

    @Test
    void aMemberWithNothingStoredGetsNothingStored() {
        assertThat(service.exportMemberData(new ExportMemberDataQuery(GUILD, new UserId("987654321098765433"))))
                .isEqualTo(new MemberDataExport.NothingStored());
    }
}
