package dev.tiergate.application.service.naib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.interaction.MemberCommand.NaibPart;
import dev.tiergate.application.port.in.naib.NaibCouncilQuery;
import dev.tiergate.application.port.in.naib.NaibCouncilView;
import dev.tiergate.application.port.out.naib.LoadNaibHistoryPort;
import dev.tiergate.application.port.out.naib.SeatedMember;
import dev.tiergate.application.port.out.naib.ServiceRecord;
import dev.tiergate.application.service.CommunityRules;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.naib.Seating;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.shared.PageLimit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShowNaibCouncilServiceTest {

    private static final CommunityId GUILD = new CommunityId("123456789012345678");
    private static final Instant FIRST = Instant.parse("2025-01-01T00:00:00Z");

    private final List<SeatedMember> current = List.of(
            seated("stilgar", FIRST),
            seated("chani", FIRST.plus(Duration.ofMinutes(60))),
            seated("jamis", FIRST.plus(Duration.ofMinutes(61))));
    private final List<ServiceRecord> former = List.of(
            new ServiceRecord(new Nym("liet"), Duration.ofDays(40), 2, FIRST.plus(Duration.ofDays(50))));
    private final ShowNaibCouncilService service = new ShowNaibCouncilService(new CommunityRules(id -> Optional.empty()),
            new LoadNaibHistoryPort() {
                @Override
                public List<SeatedMember> currentTerms(CommunityId communityId) {
                    return current;
                }

                @Override
                public List<ServiceRecord> formerNaib(CommunityId communityId, PageLimit limit) {
                    return former.stream().limit(limit.value()).toList();
                }
            }, communityId -> Optional.of(FIRST));

    @Test
    void foundingNaibAreThoseSeatedWithinTheFirstHour() {
        NaibCouncilView view = service.showNaibCouncil(new NaibCouncilQuery(GUILD, NaibPart.CURRENT));

        assertThat(view.seated()).extracting(NaibCouncilView.Seat::founding).containsExactly(true, true, false);
        assertThat(view.seats()).isEqualTo(7);
        assertThat(view.emptySeats()).isEqualTo(4);
        assertThat(view.former()).isEmpty();
    }

    @Test
    void theFormerPartListsTheHonourRollAndStillCountsEmptySeats() {
        NaibCouncilView view = service.showNaibCouncil(new NaibCouncilQuery(GUILD, NaibPart.FORMER));

        assertThat(view.seated()).isEmpty();
        assertThat(view.emptySeats()).isEqualTo(4);
        assertThat(view.former()).containsExactly(new NaibCouncilView.Former(new Nym("liet"), Duration.ofDays(40), 2));
    }

    @Test
    void theOverviewShowsBoth() {
        NaibCouncilView view = service.showNaibCouncil(new NaibCouncilQuery(GUILD, NaibPart.OVERVIEW));

        assertThat(view.seated()).hasSize(3);
        assertThat(view.former()).hasSize(1);
    }

    private static SeatedMember seated(String nym, Instant at) {
        return new SeatedMember(new Nym(nym), new Seating(new UserId("10000000000000000" + nym.length() + at.getEpochSecond() % 10),
                at, Optional.empty()));
    }
}
