package dev.tiergate.adapter.in.http.admin;

import dev.tiergate.domain.shared.PageLimit;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * The {@code limit} query parameter of every list (C1): absent is the default, any whole number is
 * clamped to [1, {@value PageLimit#API_MAX}] (-1, 0 and 10^30 included), anything else is a 400.
 */
final class ListLimit {

    static final String PARAMETER = "limit";
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]{1,64}");
    private static final BigInteger MAX = BigInteger.valueOf(PageLimit.API_MAX);
    private static final BigInteger MIN = BigInteger.ONE;

    private ListLimit() {
    }

    static PageLimit parse(String requested) {
        if (requested == null) {
            return PageLimit.clamp(null, PageLimit.API_MAX);
        }
        if (!WHOLE_NUMBER.matcher(requested).matches()) {
            throw ApiProblem.badRequest(PARAMETER, "must be a whole number");
        }
        return PageLimit.clamp(new BigInteger(requested).max(MIN).min(MAX).longValueExact(), PageLimit.API_MAX);
    }
}
