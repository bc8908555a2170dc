package dev.tiergate.application.service.interaction;

import dev.tiergate.domain.profile.Score;
import java.math.BigInteger;

/**
 * How scores read in replies: exact for the owner, rounded to a whole number for everyone else, with a
 * comma between thousands. Written out by hand rather than by a {@code DecimalFormat} built per reply:
 * every {@code /position} formats up to four scores, and the format's construction cost more than the
 * rest of the reply.
 */
final class ScoreText {

    private ScoreText() {
    }

    /** All of the score's digits, trailing fractional zeros dropped ("1,234.5", "0"). */
    static String exact(Score score) {
        String plain = score.value().toPlainString();
        int end = plain.length();
        if (plain.indexOf('.') >= 0) {
            while (plain.charAt(end - 1) == '0') {
                end--;
            }
            if (plain.charAt(end - 1) == '.') {
                end--;
            }
        }
        return grouped(plain.substring(0, end));
    }

    static String rounded(Score score) {
        return whole(score.rounded());
    }

    static String whole(BigInteger value) {
        return grouped(value.toString());
    }

    /** A plain decimal ("-1234567.5") with a comma every three integer digits ("-1,234,567.5"). */
    private static String grouped(String plain) {
        int first = plain.startsWith("-") ? 1 : 0;
        int point = plain.indexOf('.');
        int end = point < 0 ? plain.length() : point;
        StringBuilder text = new StringBuilder(plain.length() + (end - first) / 3);
        text.append(plain, 0, first);
        for (int i = first; i < end; i++) {
            if (i > first && (end - i) % 3 == 0) {
                text.append(',');
            }
            text.append(plain.charAt(i));
        }
        return text.append(plain, end, plain.length()).toString();
    }
}
