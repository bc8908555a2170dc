package dev.tiergate.bootstrap.wiring;

import dev.tiergate.application.port.in.privacy.DeleteMemberDataUseCase;
import dev.tiergate.application.port.in.privacy.ExportMemberDataUseCase;
import dev.tiergate.application.port.out.community.LoadCommunityPort;
import dev.tiergate.application.port.out.privacy.EraseMemberDataPort;
import dev.tiergate.application.port.out.privacy.ForgetMemberStatePort;
import dev.tiergate.application.port.out.privacy.LoadMemberDataPort;
import dev.tiergate.application.port.out.privacy.RecordDataDeletionPort;
import dev.tiergate.application.port.out.session.SessionStorePort;
import dev.tiergate.application.port.out.transaction.CommunityWriteLockPort;
import dev.tiergate.application.service.privacy.DeleteMemberDataService;
import dev.tiergate.application.service.privacy.ExportMemberDataService;
import dev.tiergate.application.service.tier.TierReassessment;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Creates the data-duty use cases: exporting and deleting one member's data (driven by the admin API). */
@Factory
class DataDutiesFactory {

    @Singleton
    ExportMemberDataUseCase exportMemberData(LoadMemberDataPort data, Clock clock) {
        return new ExportMemberDataService(data, clock);
    }

    @Singleton
    DeleteMemberDataUseCase deleteMemberData(CommunityWriteLockPort lock, LoadCommunityPort communities,
            EraseMemberDataPort erase, TierReassessment tiers, RecordDataDeletionPort audit, SessionStorePort sessions,
            ForgetMemberStatePort shortLivedState, Clock clock) {
        return new DeleteMemberDataService(lock, communities, erase, tiers, audit, sessions, shortLivedState, clock);
    }
}
