package dev.tiergate.application.service.profile;

import dev.tiergate.application.port.in.profile.SuggestNymsQuery;
import dev.tiergate.application.port.in.profile.SuggestNymsUseCase;
import dev.tiergate.application.port.out.profile.SuggestNymsPort;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.shared.PageLimit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Suggests nyms for what a member has typed: the input trimmed, cut to the longest possible nym and
 * compared with nym keys case-insensitively; the port takes it literally, so {@code _} matches only a
 * {@code _}. Text no nym key can start with (a {@code %}, an {@code @}, a control character) finds
 * nobody without asking. Discord shows at most 25 suggestions.
 */
public final class SuggestNymsService implements SuggestNymsUseCase {

    private static final PageLimit SUGGESTIONS = new PageLimit(PageLimit.AUTOCOMPLETE_MAX);
    /** What a nym key is made of: a nym's letters (lower-cased, which may add combining marks), digits, _ . - and spaces. */
    private static final Pattern NYM_KEY_TEXT = Pattern.compile("[\\p{L}\\p{M}\\p{N}_. -]*");

    private final SuggestNymsPort nyms;

    public SuggestNymsService(SuggestNymsPort nyms) {
        this.nyms = nyms;
    }

    @Override
    public List<Nym> suggestNyms(SuggestNymsQuery query) {
        String prefix = keyPrefix(query.partial());
        if (!NYM_KEY_TEXT.matcher(prefix).matches()) {
            return List.of();
        }
        return nyms.nymsStartingWith(query.communityId(), prefix, SUGGESTIONS);
    }

    /** The typed text as the start of a nym key: trimmed, at most 32 characters, lower case like {@link Nym#key()}. */
    static String keyPrefix(String partial) {
        String typed = partial == null ? "" : partial.strip();
        if (typed.codePointCount(0, typed.length()) > Nym.MAX_LENGTH) {
            typed = typed.substring(0, typed.offsetByCodePoints(0, Nym.MAX_LENGTH)).strip();
        }
        return typed.toLowerCase(Locale.ROOT);
    }
}
