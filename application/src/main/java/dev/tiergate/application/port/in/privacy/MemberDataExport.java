package dev.tiergate.application.port.in.privacy;

import dev.tiergate.domain.privacy.MemberData;
import java.time.Instant;
import java.util.Objects;

/** What an export found: the member's data as of the export, or nothing stored about the member. */
public sealed interface MemberDataExport {

    /** Everything stored about the member, read at {@code exportedAt}. */
    record Exported(MemberData data, Instant exportedAt) implements MemberDataExport {

        public Exported {
            Objects.requireNonNull(data, "data");
            Objects.requireNonNull(exportedAt, "exportedAt");
        }
    }

    /** Tiergate stores nothing about this member of this community. */
    record NothingStored() implements MemberDataExport {
    }
}
