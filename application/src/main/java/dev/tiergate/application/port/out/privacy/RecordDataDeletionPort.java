package dev.tiergate.application.port.out.privacy;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.privacy.DeletedRows;
import dev.tiergate.domain.privacy.DeletionActor;
import dev.tiergate.domain.profile.UserId;
import java.time.Instant;

/**
 * Audits one deletion of a member's data: who asked, when and how many rows went, with the member
 * known only by a one-way hash of community and user id, never by the id itself.
 */
public interface RecordDataDeletionPort {

    void recordDataDeletion(CommunityId communityId, UserId deleted, DeletionActor actor, DeletedRows rows,
            Instant at);
}
