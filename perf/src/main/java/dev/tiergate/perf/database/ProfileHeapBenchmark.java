package dev.tiergate.perf.database;

import dev.tiergate.application.port.out.profile.LoadProfilesPort;
import dev.tiergate.domain.profile.MemberProfile;
import dev.tiergate.perf.Benchmark;
import dev.tiergate.perf.PerfContext;
import dev.tiergate.perf.report.Check;
import dev.tiergate.perf.report.GoalResult;
import dev.tiergate.perf.report.PeerFigure;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.openjdk.jol.info.GraphLayout;

/**
 * P9, its heap half: the heap one member profile retains, as the profile adapter loads it to answer a request
 * (the whole object graph, measured by JOL), against the bytes PostgreSQL spends per profile on its table and
 * indexes. The service caches no profile (every request reads its member), so this is what a cache of
 * profiles would hold per member, and what a request holds while it answers.
 */
public final class ProfileHeapBenchmark implements Benchmark {

    private static final int SAMPLE = 2_000;

    @Override
    public String id() {
        return "P9-heap";
    }

    @Override
    public GoalResult run(PerfContext context) throws Exception {
        // Records' field offsets are not for Unsafe since Java 16: JOL reads them by its own probe instead.
        System.setProperty("jol.magicFieldOffset", "true");
        MillionMemberCommunity community = SharedCommunity.of(context);
        LoadProfilesPort profiles = community.adapters().port(LoadProfilesPort.class);
        SplittableRandom random = new SplittableRandom(9);
        long bytes = 0;
        int loaded = 0;
        for (int i = 0; i < SAMPLE; i++) {
            Optional<MemberProfile> profile = profiles.findProfile(community.community(),
                    MillionMemberCommunity.userId(random.nextInt(1, community.members() + 1)));
            if (profile.isPresent()) {
                bytes += GraphLayout.parseInstance(profile.get()).totalSize();
                loaded++;
            }
        }
        double heap = (double) bytes / loaded;
        long tableBytes = community.queryLong("SELECT pg_total_relation_size('member_profiles')");
        long rows = community.queryLong("SELECT count(*) FROM member_profiles WHERE community_id = ?",
                community.community().value());
        double postgres = (double) tableBytes / rows;
        context.say(id(), String.format(Locale.ROOT, "%.0f bytes of heap per profile (%d profiles); PostgreSQL %.0f"
                + " bytes per profile (%,d bytes for %,d rows)", heap, loaded, postgres, tableBytes, rows));
        return new GoalResult(id(), "retained heap per member profile vs PostgreSQL bytes per profile",
                List.of(Check.atMost("heap per profile / PostgreSQL bytes per profile", heap / postgres, 1, "×")),
                List.of(new PeerFigure("PostgreSQL bytes per profile (table + TOAST + indexes / rows)", postgres,
                        postgres, "bytes", "SELECT pg_total_relation_size('member_profiles') / count(*)")),
                List.of(String.format(Locale.ROOT, "MemberProfile as LoadProfilesPort.findProfile returns it"
                                + " (JdbcProfileAdapter), GraphLayout.parseInstance(profile).totalSize(), mean of %d"
                                + " random present members: %.0f bytes", loaded, heap),
                        "no in-process profile cache exists (grep: no Map/cache of profiles in src/main); the only"
                                + " caches are rate-limit and interaction bookkeeping"));
    }
}
