package dev.tiergate.domain.alert;

import dev.tiergate.domain.shared.InvalidFieldException;
import java.util.Arrays;

/** How often alerts may reach a member at most; any other value is rejected. */
public enum AlertFrequency {
    WEEKLY_1("1/week", 1), WEEKLY_2("2/week", 2), WEEKLY_3("3/week", 3), DAILY("daily", 7);

    private final String label;
    private final int perWeek;

    AlertFrequency(String label, int perWeek) {
        this.label = label;
        this.perWeek = perWeek;
    }

    public String label() {
        return label;
    }

    public int perWeek() {
        return perWeek;
    }

    /** Reads a label such as {@code 2/week}; anything else names the field in its refusal. */
    public static AlertFrequency parse(String label) {
        return Arrays.stream(values()).filter(f -> f.label.equals(label)).findFirst()
                .orElseThrow(() -> new InvalidFieldException("frequency", "must be one of 1/week, 2/week, 3/week, daily"));
    }
}
