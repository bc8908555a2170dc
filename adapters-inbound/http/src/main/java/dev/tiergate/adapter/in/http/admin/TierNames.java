package dev.tiergate.adapter.in.http.admin;

import dev.tiergate.domain.tier.Tier;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Tiers as the admin API names them: the lower-case tier, {@code usul}, {@code naib}. */
final class TierNames {

    private TierNames() {
    }

    static String of(Tier tier) {
        return tier.name().toLowerCase(Locale.ROOT);
    }

    /** The tier a name names, except NONE (no tier has no rules); anything else is refused under {@code path}. */
    static Tier parse(String name, String path) {
        for (Tier tier : Tier.values()) {
            if (tier != Tier.NONE && of(tier).equals(name)) {
                return tier;
            }
        }
        throw ApiProblem.badRequest(path, "not a tier");
    }

    /** A per-tier map keyed by tier name, highest tier first. */
    static <T, R> Map<String, R> byName(Map<Tier, T> perTier, Function<T, R> value) {
        Map<String, R> named = new TreeMap<>((a, b) -> Tier.valueOf(a.toUpperCase(Locale.ROOT))
                .compareTo(Tier.valueOf(b.toUpperCase(Locale.ROOT))));
        perTier.forEach((tier, v) -> named.put(of(tier), value.apply(v)));
        return named;
    }
}
