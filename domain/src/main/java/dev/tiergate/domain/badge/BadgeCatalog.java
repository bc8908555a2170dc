package dev.tiergate.domain.badge;

import dev.tiergate.domain.shared.InvalidFieldException;
import dev.tiergate.domain.shared.PageLimit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A community's badges, at most {@value #MAX_BADGES}, each id once and each name once (ignoring case, so
 * a typed name names one badge); only contribution badges may be awarded by hand.
 */
public record BadgeCatalog(List<Badge> badges) {

    public static final int MAX_BADGES = 200;

    public static final BadgeCatalog DEFAULT = new BadgeCatalog(List.of(
            badge("og", "OG", "🌅", BadgeCategory.TENURE, "Joined within 30 days of launch"),
            badge("veteran", "Veteran", "🎖️", BadgeCategory.TENURE, "Member for 90 days"),
            badge("elder", "Elder", "🏛️", BadgeCategory.TENURE, "Member for 180 days"),
            badge("consistent", "Consistent", "🔁", BadgeCategory.ENGAGEMENT, "Activity of 100"),
            badge("dedicated", "Dedicated", "🔥", BadgeCategory.ENGAGEMENT, "Activity of 250"),
            badge("devoted", "Devoted", "💎", BadgeCategory.ENGAGEMENT, "Activity of 500"),
            badge("usul-ascended", "Usul Ascended", "⬆️", BadgeCategory.ACHIEVEMENT, "Reached Usul or higher"),
            badge("naib-ascended", "Naib Ascended", "👑", BadgeCategory.ACHIEVEMENT, "Held a Naib seat"),
            badge("former-naib", "Former Naib", "📜", BadgeCategory.ACHIEVEMENT, "Served on the Naib council"),
            badge("founding-naib", "Founding Naib", "🏺", BadgeCategory.ACHIEVEMENT, "Seated in the founding hour"),
            badge("helper", "Helper", "🤝", BadgeCategory.CONTRIBUTION, "Helps other members"),
            badge("builder", "Builder", "🛠️", BadgeCategory.CONTRIBUTION, "Builds for the community"),
            badge("teacher", "Teacher", "📚", BadgeCategory.CONTRIBUTION, "Teaches the community"),
            badge("water-sharer", "Water Sharer", "💧", BadgeCategory.CONTRIBUTION, "Shares generously")));

    public BadgeCatalog {
        if (badges.size() > MAX_BADGES) {
            throw new InvalidFieldException("badge_catalog", "may list at most " + MAX_BADGES + " badges");
        }
        Map<BadgeId, Badge> byId = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        for (Badge badge : badges) {
            if (byId.putIfAbsent(badge.id(), badge) != null) {
                throw new InvalidFieldException("badge_catalog", "lists " + badge.id() + " twice");
            }
            if (!names.add(badge.name().strip().toLowerCase(Locale.ROOT))) {
                throw new InvalidFieldException("badge.name", "another badge of the catalog has this name");
            }
        }
        badges = List.copyOf(badges);
    }

    public Optional<Badge> find(BadgeId id) {
        return badges.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    /** The badge a member typed: its id, or its name, ignoring case and surrounding spaces. */
    public Optional<Badge> resolve(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String wanted = typed.strip();
        return badges.stream()
                .filter(b -> b.id().value().equalsIgnoreCase(wanted) || b.name().equalsIgnoreCase(wanted))
                .findFirst();
    }

    /**
     * The badges whose id or name starts with {@code partial} (case-insensitively), in catalog order,
     * at most {@code limit}; only those awarded by hand when {@code awardableByHandOnly}.
     */
    public List<Badge> startingWith(String partial, boolean awardableByHandOnly, PageLimit limit) {
        String prefix = partial.strip().toLowerCase(Locale.ROOT);
        return badges.stream()
                .filter(b -> !awardableByHandOnly || b.isAwardableByHand())
                .filter(b -> b.id().value().startsWith(prefix) || b.name().toLowerCase(Locale.ROOT).startsWith(prefix))
                .limit(limit.value())
                .toList();
    }

    private static Badge badge(String id, String name, String emoji, BadgeCategory category, String description) {
        return new Badge(new BadgeId(id), name, emoji, category, description);
    }
}
