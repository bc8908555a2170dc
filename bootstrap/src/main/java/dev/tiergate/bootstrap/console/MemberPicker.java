package dev.tiergate.bootstrap.console;

import dev.tiergate.bootstrap.demo.DemoCommunity;
import dev.tiergate.bootstrap.demo.DemoCommunity.DemoMember;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Offers a few demo members, one of each tier as seeded plus the admin, and reads who the user wants
 * to speak as: a number from the list, any demo member's nym or user id, or Enter for the admin.
 */
final class MemberPicker {

    /** Member numbers worth offering: the first of each tier band, the admin near the cut-off, the waitlist's head. */
    private static final List<Integer> OFFERED = List.of(1, 8, 66, 70, 85, 101, 131, 171, 211, 251, 286);

    private final List<DemoMember> offered;

    MemberPicker() {
        List<DemoMember> roster = DemoCommunity.roster();
        this.offered = OFFERED.stream().map(n -> roster.get(n - 1)).toList();
    }

    void list(PrintWriter out) {
        out.println("Speak as which demo member? (" + DemoCommunity.MEMBERS + " members; tiers as seeded)");
        IntStream.range(0, offered.size()).forEach(i -> out.println(describe(i + 1, offered.get(i))));
        out.println("Type a number, any member's nym or user id, or press Enter for the admin jamis_66.");
    }

    /** The member the answer names; Enter picks the admin. */
    Optional<DemoMember> pick(String answer) {
        String text = answer.strip();
        if (text.isEmpty()) {
            return DemoCommunity.find(DemoCommunity.DEMO_MEMBER.value());
        }
        if (text.matches("\\d{1,3}")) {
            int number = Integer.parseInt(text);
            return number >= 1 && number <= offered.size() ? Optional.of(offered.get(number - 1)) : Optional.empty();
        }
        return DemoCommunity.find(text);
    }

    static String describe(DemoMember member) {
        return member.username() + " (" + member.seededTier().displayName()
                + (member.permissions().equals(DemoCommunity.ADMIN_PERMISSIONS) ? ", admin" : "") + ")";
    }

    private static String describe(int number, DemoMember member) {
        String note = member.number() >= 70 && member.number() <= 100 ? "  waitlist" : "";
        return String.format("  [%2d] %-14s %-10s rank %3d%s%s", number, member.username(),
                member.seededTier().displayName(), member.number(),
                member.permissions().equals(DemoCommunity.ADMIN_PERMISSIONS) ? "  admin" : "", note);
    }
}
