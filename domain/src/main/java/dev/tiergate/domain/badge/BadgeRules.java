package dev.tiergate.domain.badge;

import dev.tiergate.domain.naib.Seating;
import dev.tiergate.domain.profile.Tenure;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.tier.Tier;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The automatic badges and what earns them: tenure (og, veteran, elder), engagement (consistent,
 * dedicated, devoted: activity of 100, 250, 500, kept once earned) and achievements (usul-ascended,
 * naib-ascended, former-naib, founding-naib). A rule only says what is earned; a badge the
 * community's catalog does not list is never granted.
 */
public final class BadgeRules {

    public static final BadgeId OG = new BadgeId("og");
    public static final BadgeId VETERAN = new BadgeId("veteran");
    public static final BadgeId ELDER = new BadgeId("elder");
    public static final BadgeId CONSISTENT = new BadgeId("consistent");
    public static final BadgeId DEDICATED = new BadgeId("dedicated");
    public static final BadgeId DEVOTED = new BadgeId("devoted");
    public static final BadgeId USUL_ASCENDED = new BadgeId("usul-ascended");
    public static final BadgeId NAIB_ASCENDED = new BadgeId("naib-ascended");
    public static final BadgeId FORMER_NAIB = new BadgeId("former-naib");
    public static final BadgeId FOUNDING_NAIB = new BadgeId("founding-naib");

    static final double CONSISTENT_ACTIVITY = 100;
    static final double DEDICATED_ACTIVITY = 250;
    static final double DEVOTED_ACTIVITY = 500;

    private BadgeRules() {
    }

    /** og when joined within 30 days of launch; veteran after 90 days; elder (and veteran) after 180 days. */
    public static Set<BadgeId> tenure(Instant joinedAt, Optional<Instant> launchedAt, Instant now) {
        Set<BadgeId> earned = new LinkedHashSet<>();
        if (launchedAt.isPresent() && Tenure.of(joinedAt, launchedAt, now) == Tenure.OG) {
            earned.add(OG);
        }
        Tenure membership = Tenure.of(joinedAt, Optional.empty(), now);
        if (membership == Tenure.VETERAN || membership == Tenure.ELDER) {
            earned.add(VETERAN);
        }
        if (membership == Tenure.ELDER) {
            earned.add(ELDER);
        }
        return earned;
    }

    /** The engagement badges an activity balance reaches; each lower threshold comes with the higher ones. */
    public static Set<BadgeId> engagement(double activity) {
        Set<BadgeId> earned = new LinkedHashSet<>();
        if (activity >= CONSISTENT_ACTIVITY) {
            earned.add(CONSISTENT);
        }
        if (activity >= DEDICATED_ACTIVITY) {
            earned.add(DEDICATED);
        }
        if (activity >= DEVOTED_ACTIVITY) {
            earned.add(DEVOTED);
        }
        return earned;
    }

    /** usul-ascended for reaching Usul or a higher tier (Fedaykin, Naib). */
    public static Set<BadgeId> tierReached(Tier tier) {
        return tier == Tier.USUL || tier.isAbove(Tier.USUL) ? Set.of(USUL_ASCENDED) : Set.of();
    }

    /** naib-ascended for any seating; founding-naib too when it began within the community's founding hour. */
    public static Set<BadgeId> seated(Seating seating, Instant firstSeatingOfCommunity) {
        return seating.isFounding(firstSeatingOfCommunity) ? Set.of(NAIB_ASCENDED, FOUNDING_NAIB)
                : Set.of(NAIB_ASCENDED);
    }

    /** former-naib for losing a seat. */
    public static Set<BadgeId> unseated() {
        return Set.of(FORMER_NAIB);
    }

    /** The grants of the earned badges that {@code catalog} lists, each recorded as its own rule. */
    public static List<BadgeGrant> grants(UserId member, Set<BadgeId> earned, BadgeCatalog catalog) {
        return earned.stream()
                .flatMap(id -> catalog.find(id).stream())
                .map(badge -> BadgeGrant.automatic(member, badge))
                .toList();
    }
}
