package dev.tiergate.application.port.in.profile;

import dev.tiergate.domain.profile.Nym;
import java.util.List;

/**
 * Autocompletes a nym option: at most 25 present members whose nym starts with the typed text
 * (case-insensitively, the text taken literally), ordered by nym; the first 25 when nothing is typed.
 */
public interface SuggestNymsUseCase {

    List<Nym> suggestNyms(SuggestNymsQuery query);
}
