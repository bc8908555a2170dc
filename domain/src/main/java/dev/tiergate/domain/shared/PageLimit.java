package dev.tiergate.domain.shared;

/**
 * The bounded size of one page of any list. A requested limit is clamped to [1, max], so no
 * query ever runs without a limit or with an unbounded one.
 */
public record PageLimit(int value) {

    public static final int DEFAULT = 10;
    public static final int API_MAX = 1000;
    public static final int AUTOCOMPLETE_MAX = 25;

    public PageLimit {
        if (value < 1) {
            throw new DomainException("page limit must be at least 1");
        }
    }

    /** Clamps a requested limit (null means "not given": the default) to [1, max]. */
    public static PageLimit clamp(Long requested, int max) {
        if (max < 1) {
            throw new DomainException("page maximum must be at least 1");
        }
        long wanted = requested == null ? DEFAULT : requested;
        return new PageLimit((int) Math.max(1, Math.min(max, wanted)));
    }
}
