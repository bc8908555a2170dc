package dev.tiergate.adapter.out.postgres;

import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.rank.RankedMember;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;

/** The four columns of a ranked member, for reads that need its place and nothing else of its profile. */
@MappedEntity("member_profiles")
record RankedRow(@Id String userId, String nym, BigDecimal score, int rank) {

    RankedMember member() {
        return new RankedMember(rank, new UserId(userId), new Nym(nym), new Score(score));
    }
}
