package dev.tiergate.adapter.out.postgres;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.UserId;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Finds the first nym among {@code wanted}, {@code wanted-2}, {@code wanted-3}, … that no other
 * member of the community holds case-insensitively (members who left keep theirs). Runs under
 * the community's write lock, so the answer still holds when the caller stores it.
 */
@Singleton
final class NymAllocator {

    private static final int CANDIDATES_PER_QUERY = 16;

    private final ProfileRowRepository profiles;

    NymAllocator(ProfileRowRepository profiles) {
        this.profiles = profiles;
    }

    Nym firstFree(CommunityId communityId, UserId member, Nym wanted) {
        for (int first = 1; ; first += CANDIDATES_PER_QUERY) {
            List<Nym> candidates = IntStream.range(first, first + CANDIDATES_PER_QUERY)
                    .mapToObj(number -> number == 1 ? wanted : wanted.withSuffix(number))
                    .toList();
            String[] keys = candidates.stream().map(Nym::key).toArray(String[]::new);
            Set<String> taken = profiles.findByNymKeys(communityId.value(), keys, keys.length).stream()
                    .filter(holder -> !holder.key().userId().equals(member.value()))
                    .map(ProfileRow::nymKey)
                    .collect(Collectors.toSet());
            for (Nym candidate : candidates) {
                if (!taken.contains(candidate.key())) {
                    return candidate;
                }
            }
        }
    }
}
