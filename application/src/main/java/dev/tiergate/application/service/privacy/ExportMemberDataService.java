package dev.tiergate.application.service.privacy;

import dev.tiergate.application.port.in.privacy.ExportMemberDataQuery;
import dev.tiergate.application.port.in.privacy.ExportMemberDataUseCase;
import dev.tiergate.application.port.in.privacy.MemberDataExport;
import dev.tiergate.application.port.out.privacy.LoadMemberDataPort;
import java.time.Clock;
import java.time.Instant;

/** Exports one member's stored data as it is at the time of the export. */
public final class ExportMemberDataService implements ExportMemberDataUseCase {

    private final LoadMemberDataPort data;
    private final Clock clock;

    public ExportMemberDataService(LoadMemberDataPort data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    @Override
    public MemberDataExport exportMemberData(ExportMemberDataQuery query) {
        Instant now = clock.instant();
        return data.loadMemberData(query.communityId(), query.userId())
                .<MemberDataExport>map(found -> new MemberDataExport.Exported(found, now))
                .orElseGet(MemberDataExport.NothingStored::new);
    }
}
