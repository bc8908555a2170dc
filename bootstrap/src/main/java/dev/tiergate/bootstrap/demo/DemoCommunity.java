package dev.tiergate.bootstrap.demo;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;

/** The demo community the run command seeds, and the member the demo command speaks as. */
public final class DemoCommunity {

    public static final CommunityId GUILD = new CommunityId("424242424242424242");
    public static final int MEMBERS = 300;
    /** Ranked near the cut-off, so /position shows gaps on both sides and the at-risk band. */
    public static final UserId DEMO_MEMBER = member(66);

    private DemoCommunity() {
    }

    /** The n-th demo member (1-based); ids are stable so reseeding finds the same members. */
    public static UserId member(int n) {
        return new UserId(Long.toString(500_000_000_000_000_000L + n));
    }
}
