package dev.tiergate.application.port.in.badge;

import dev.tiergate.domain.badge.Badge;
import java.util.List;

/** Badges of the community's catalog whose id or name starts with the input (ignoring case), at most 25. */
public interface SuggestBadgesUseCase {

    List<Badge> suggestBadges(SuggestBadgesQuery query);
}
