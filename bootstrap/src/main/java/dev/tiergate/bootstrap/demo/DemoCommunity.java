package dev.tiergate.bootstrap.demo;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.tier.Tier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The demo community the run command seeds and the console speaks in: {@value #MEMBERS} members whose
 * scores fill every tier, a full Naib council and the waitlist, computed from a fixed seed so every
 * start (and every reseed) produces the same members.
 */
public final class DemoCommunity {

    public static final CommunityId GUILD = new CommunityId("424242424242424242");
    public static final int MEMBERS = 300;
    /** The community's admin, ranked near the cut-off, so /position shows gaps on both sides and the at-risk band. */
    public static final UserId DEMO_MEMBER = member(66);
    /** Discord's Administrator permission bit, as the admin's interactions carry it. */
    public static final String ADMIN_PERMISSIONS = "8";
    /** What a member without admin rights carries: no Administrator, no Manage Guild. */
    public static final String MEMBER_PERMISSIONS = "0";

    private static final String[] NAMES = {"stilgar", "chani", "jamis", "harah", "liet", "otheym", "shadout", "farok",
        "korba", "tharthar", "naib", "usul", "muadib", "sietch", "fremen", "gurney"};
    private static final String[] CONTRIBUTION_BADGES = {"helper", "builder", "teacher", "water-sharer"};
    private static final long SEED = 42;
    private static final int MAX_DAYS_SINCE_JOINING = 420;
    /** One in this many members holds each contribution badge. */
    private static final int BADGE_ODDS = 12;
    /**
     * Score bands by member number (rank follows the number, scores fall strictly): the highest member
     * number of the band, the band's top and bottom score, and the tier its members hold.
     */
    private static final List<Band> BANDS = List.of(
            new Band(7, 5200, 3600, Tier.NAIB),
            new Band(69, 3500, 1500, Tier.FEDAYKIN),
            new Band(84, 1490, 1111, Tier.USUL),
            new Band(100, 1100, 888, Tier.SAYYADINA),
            new Band(130, 880, 690, Tier.MUSHTAMAL),
            new Band(170, 680, 420, Tier.SIHAYA),
            new Band(210, 415, 222, Tier.QANAT),
            new Band(250, 220, 69, Tier.ICHWAN),
            new Band(285, 68, 6.9, Tier.HAJRA),
            new Band(295, 6.5, 0.5, Tier.NONE),
            new Band(MEMBERS, 0, 0, Tier.NONE));

    private DemoCommunity() {
    }

    /** One seeded member: who, under which username, with what score, since when, and the badges an admin gave. */
    public record DemoMember(int number, UserId userId, String username, BigDecimal score, int daysSinceJoining,
            Tier seededTier, List<String> contributionBadges) {

        /** The permissions its interactions carry: only the demo admin has Administrator. */
        public String permissions() {
            return userId.equals(DEMO_MEMBER) ? ADMIN_PERMISSIONS : MEMBER_PERMISSIONS;
        }
    }

    private record Band(int last, double top, double bottom, Tier tier) {
    }

    /** The n-th demo member's id (1-based); ids are stable so reseeding finds the same members. */
    public static UserId member(int n) {
        return new UserId(Long.toString(500_000_000_000_000_000L + n));
    }

    /** Every demo member, by member number (which is also its rank while nobody changes a score). */
    public static List<DemoMember> roster() {
        SplittableRandom random = new SplittableRandom(SEED);
        List<DemoMember> roster = new ArrayList<>(MEMBERS);
        int first = 1;
        for (Band band : BANDS) {
            int size = band.last() - first + 1;
            double step = size > 1 ? (band.top() - band.bottom()) / (size - 1) : 0;
            for (int n = first; n <= band.last(); n++) {
                // Strictly falling inside the band: the jitter stays below half a step.
                double score = band.top() - step * (n - first) - random.nextDouble(0, Math.max(step, 1e-6) / 2);
                int days = random.nextInt(1, MAX_DAYS_SINCE_JOINING + 1);
                List<String> badges = new ArrayList<>();
                for (String badge : CONTRIBUTION_BADGES) {
                    if (random.nextInt(BADGE_ODDS) == 0) {
                        badges.add(badge);
                    }
                }
                roster.add(new DemoMember(n, member(n), username(n), score(Math.max(score, band.bottom())), days,
                        band.tier(), List.copyOf(badges)));
            }
            first = band.last() + 1;
        }
        return List.copyOf(roster);
    }

    /** The demo member named by its user id or its nym as seeded (any case). */
    public static Optional<DemoMember> find(String named) {
        String wanted = named.strip().toLowerCase(Locale.ROOT);
        return roster().stream()
                .filter(m -> m.userId().value().equals(wanted) || m.username().equals(wanted))
                .findFirst();
    }

    private static String username(int n) {
        return NAMES[n % NAMES.length] + (n / NAMES.length == 0 ? "" : "_" + n);
    }

    private static BigDecimal score(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
    }
}
