package dev.tiergate.application.service.interaction;

import dev.tiergate.domain.profile.Score;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How scores read in replies: exact for the owner, rounded to a whole number for everyone else. */
final class ScoreText {

    private ScoreText() {
    }

    static String exact(Score score) {
        return format("#,##0.##################", score.value());
    }

    static String rounded(Score score) {
        return whole(score.rounded());
    }

    static String whole(BigInteger value) {
        return format("#,##0", new BigDecimal(value));
    }

    private static String format(String pattern, BigDecimal value) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setParseBigDecimal(true);
        return format.format(value);
    }
}
