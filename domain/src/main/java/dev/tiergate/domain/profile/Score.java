package dev.tiergate.domain.profile;

import dev.tiergate.domain.shared.InvalidFieldException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * The ranking metric (token holdings): an exact, non-negative decimal with 18 fractional
 * digits. Never a float; others only ever see it rounded to an integer.
 */
public record Score(BigDecimal value) implements Comparable<Score> {

    public static final int SCALE = 18;
    /** Holdings beyond this are not real; the bound keeps every column and sum exact. */
    private static final BigDecimal MAX = new BigDecimal("1e30");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,31}(\\.[0-9]{1,18})?");
    public static final Score ZERO = new Score(BigDecimal.ZERO);

    public Score {
        if (value == null || value.signum() < 0) {
            throw new InvalidFieldException("score", "must be a non-negative decimal");
        }
        if (value.compareTo(MAX) >= 0) {
            throw new InvalidFieldException("score", "is out of range");
        }
        // Stripping zeros only lowers the scale: a value already within 18 digits skips its division loop.
        if (value.scale() > SCALE && value.stripTrailingZeros().scale() > SCALE) {
            throw new InvalidFieldException("score", "has more than 18 fractional digits");
        }
        value = value.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** Parses the wire form, a plain decimal string such as "1234.5"; nothing else is accepted. */
    public static Score parse(String text) {
        if (text == null || !DECIMAL.matcher(text).matches()) {
            throw new InvalidFieldException("score", "must be a plain decimal string");
        }
        return new Score(new BigDecimal(text));
    }

    public boolean isPositive() {
        return value.signum() > 0;
    }

    public boolean isAtLeast(Score other) {
        return compareTo(other) >= 0;
    }

    /** Distance from this score up to another (never negative). */
    public Score gapTo(Score higher) {
        return new Score(higher.value.subtract(value).max(BigDecimal.ZERO));
    }

    /** What others see: the score rounded half-up to a whole number. */
    public BigInteger rounded() {
        return value.setScale(0, RoundingMode.HALF_UP).toBigIntegerExact();
    }

    /** The exact value without trailing zeros, for the owner's own view. */
    public String toPlainString() {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    @Override
    public int compareTo(Score other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return toPlainString();
    }
}
