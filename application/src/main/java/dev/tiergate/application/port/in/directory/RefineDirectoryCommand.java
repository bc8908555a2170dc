package dev.tiergate.application.port.in.directory;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.util.List;

/**
 * Replaces one filter of {@code member}'s directory session ({@code tier}, {@code badge} or
 * {@code tenure}) with the values chosen, as sent (untrusted); no values clears that filter.
 */
public record RefineDirectoryCommand(CommunityId communityId, UserId member, String filter, List<String> values) {

    public RefineDirectoryCommand {
        values = List.copyOf(values);
    }
}
