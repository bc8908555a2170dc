package dev.tiergate.application.port.in.privacy;

import dev.tiergate.domain.privacy.DeletedRows;
import java.util.Objects;

/** What a deletion did: deleted the member's stored data, or found nothing to delete. */
public sealed interface MemberDataDeletion {

    /** The member's data is gone; {@code rows} counts what was deleted per kind of record. */
    record Deleted(DeletedRows rows) implements MemberDataDeletion {

        public Deleted {
            Objects.requireNonNull(rows, "rows");
        }
    }

    /** Nothing was stored about this member of this community (never, or no longer). */
    record NothingToDelete() implements MemberDataDeletion {
    }
}
