package dev.tiergate.application.port.out.badgecatalog;

import dev.tiergate.domain.badge.Badge;
import dev.tiergate.domain.badge.BadgeId;
import dev.tiergate.domain.community.CommunityId;

/**
 * Stores edits of a stored community's badge catalog, one badge at a time; the caller checked that the
 * edited catalog is valid and holds the community's write lock.
 */
public interface EditBadgeCatalogPort {

    /** Lists a badge whose id the catalog does not list yet, after every other badge in catalog order. */
    void addBadge(CommunityId communityId, Badge badge);

    /** Replaces the name, emoji, category and description of a listed badge; its place in the catalog stays. */
    void replaceBadge(CommunityId communityId, Badge badge);

    /** Removes the badge unless it was ever awarded (held or revoked); true when this call removed it. */
    boolean removeBadgeNeverAwarded(CommunityId communityId, BadgeId badge);
}
