package dev.tiergate.application.service.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.domain.profile.Score;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Scores read in replies exactly as the {@code DecimalFormat} patterns they replaced wrote them. */
class ScoreTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.5", "1", "12", "123", "999", "1000", "1000.000000000000000001", "12345.678",
            "1234567.891011121314151617", "0.000000000000000001", "100000", "999999999999999999999999999999.9",
            "5000000"})
    void exactKeepsEveryDigitWithThousandsGrouped(String value) {
        Score score = Score.parse(value);

        assertThat(ScoreText.exact(score)).isEqualTo(decimalFormat("#,##0.##################", score.value()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "7", "999", "1000", "-1000", "-12", "123456789", "-1234567", "1000000000000000000000"})
    void wholeGroupsThousandsAsBefore(String value) {
        BigInteger number = new BigInteger(value);

        assertThat(ScoreText.whole(number)).isEqualTo(decimalFormat("#,##0", new BigDecimal(number)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.4", "0.5", "1234.5", "999.49", "999999.5"})
    void roundedIsTheWholeScoreHalfUp(String value) {
        Score score = Score.parse(value);

        assertThat(ScoreText.rounded(score)).isEqualTo(decimalFormat("#,##0", new BigDecimal(score.rounded())));
    }

    private static String decimalFormat(String pattern, BigDecimal value) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }
}
