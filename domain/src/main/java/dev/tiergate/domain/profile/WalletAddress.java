package dev.tiergate.domain.profile;

import dev.tiergate.domain.shared.InvalidFieldException;
import java.util.Locale;
import java.util.regex.Pattern;

/** A member's wallet ({@code 0x} + 40 hex): private, so it never prints itself. */
public record WalletAddress(String value) {

    private static final Pattern FORMAT = Pattern.compile("0x[0-9a-fA-F]{40}");

    public WalletAddress {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidFieldException("wallet", "must be 0x followed by 40 hex digits");
        }
        value = value.toLowerCase(Locale.ROOT);
    }

    /** Masked, so a stray log line or string concatenation cannot leak it. */
    @Override
    public String toString() {
        return "0x…" + value.substring(value.length() - 4);
    }
}
