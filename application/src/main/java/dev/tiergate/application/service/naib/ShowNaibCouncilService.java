package dev.tiergate.application.service.naib;

import dev.tiergate.application.port.in.interaction.MemberCommand.NaibPart;
import dev.tiergate.application.port.in.naib.NaibCouncilQuery;
import dev.tiergate.application.port.in.naib.NaibCouncilView;
import dev.tiergate.application.port.in.naib.ShowNaibCouncilUseCase;
import dev.tiergate.application.port.out.badge.LoadFirstSeatingPort;
import dev.tiergate.application.port.out.naib.LoadNaibHistoryPort;
import dev.tiergate.application.service.CommunityRules;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.shared.PageLimit;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Shows the Naib council from its stored terms; the seat count is the community's configured one. */
public final class ShowNaibCouncilService implements ShowNaibCouncilUseCase {

    private final CommunityRules rules;
    private final LoadNaibHistoryPort history;
    private final LoadFirstSeatingPort firstSeating;

    public ShowNaibCouncilService(CommunityRules rules, LoadNaibHistoryPort history, LoadFirstSeatingPort firstSeating) {
        this.rules = rules;
        this.history = history;
        this.firstSeating = firstSeating;
    }

    @Override
    public NaibCouncilView showNaibCouncil(NaibCouncilQuery query) {
        CommunityId community = query.communityId();
        int seats = rules.of(community).config().naibCouncil().seats();
        List<NaibCouncilView.Seat> seated = query.part() == NaibPart.FORMER ? List.of() : seated(community);
        int occupied = query.part() == NaibPart.FORMER ? history.currentTerms(community).size() : seated.size();
        List<NaibCouncilView.Former> former = query.part() == NaibPart.CURRENT ? List.of()
                : history.formerNaib(community, new PageLimit(NaibCouncilView.FORMER_LIMIT)).stream()
                        .map(r -> new NaibCouncilView.Former(r.nym(), r.totalSeated(), r.terms()))
                        .toList();
        return new NaibCouncilView(query.part(), seated, seats, Math.max(0, seats - occupied), former);
    }

    private List<NaibCouncilView.Seat> seated(CommunityId community) {
        Optional<Instant> first = firstSeating.firstSeatingAt(community);
        return history.currentTerms(community).stream()
                .map(term -> new NaibCouncilView.Seat(term.nym(), term.seating().seatedAt(),
                        first.map(term.seating()::isFounding).orElse(false)))
                .toList();
    }
}
