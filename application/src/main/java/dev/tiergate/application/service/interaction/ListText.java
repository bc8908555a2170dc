package dev.tiergate.application.service.interaction;

import java.util.List;

/**
 * Lines of the lists in replies joined within a character budget (the rest counted in a last line), so a
 * long list can never break Discord's limits.
 */
final class ListText {

    private ListText() {
    }

    /** The lines joined by newlines, as many as fit in {@code budget} characters with room for "…and N more". */
    static String fit(List<String> lines, int budget) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String more = "\n…and " + (lines.size() - i - 1) + " more";
            String line = (text.isEmpty() ? "" : "\n") + lines.get(i);
            boolean last = i == lines.size() - 1;
            if (text.length() + line.length() + (last ? 0 : more.length()) > budget) {
                String rest = (text.isEmpty() ? "" : "\n") + "…and " + (lines.size() - i) + " more";
                return text.append(rest).toString();
            }
            text.append(line);
        }
        return text.toString();
    }
}
