package dev.tiergate.application.service.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.profile.SuggestNymsQuery;
import dev.tiergate.application.port.out.profile.SuggestNymsPort;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.shared.PageLimit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SuggestNymsServiceTest {

    private static final CommunityId GUILD = new CommunityId("123456789012345678");

    /** An in-memory community: the nyms whose key starts with the prefix, by key, within the limit. */
    private final List<Nym> members = new ArrayList<>();
    private final List<String> askedPrefixes = new ArrayList<>();
    private final List<PageLimit> askedLimits = new ArrayList<>();
    private final SuggestNymsPort port = (community, keyPrefix, limit) -> {
        askedPrefixes.add(keyPrefix);
        askedLimits.add(limit);
        return members.stream().filter(nym -> nym.key().startsWith(keyPrefix))
                .sorted(Comparator.comparing(Nym::key)).limit(limit.value()).toList();
    };
    private final SuggestNymsService service = new SuggestNymsService(port);

    @Test
    void matchesTheStartOfNymsIgnoringCaseInNymOrder() {
        members.addAll(List.of(new Nym("Stilgar"), new Nym("stil-2"), new Nym("Chani"), new Nym("STILTSKIN")));

        assertThat(service.suggestNyms(new SuggestNymsQuery(GUILD, "  sTiL ")))
                .containsExactly(new Nym("stil-2"), new Nym("Stilgar"), new Nym("STILTSKIN"));
        assertThat(askedPrefixes).containsExactly("stil");
    }

    @Test
    void asksForAtMostTwentyFiveEvenWhenNothingIsTyped() {
        for (int i = 0; i < 40; i++) {
            members.add(new Nym(String.format(Locale.ROOT, "member-%02d", i)));
        }

        List<Nym> suggested = service.suggestNyms(new SuggestNymsQuery(GUILD, ""));

        assertThat(suggested).hasSize(25).startsWith(new Nym("member-00")).endsWith(new Nym("member-24"));
        assertThat(askedPrefixes).containsExactly("");
        assertThat(askedLimits).containsExactly(new PageLimit(25));
        assertThat(service.suggestNyms(new SuggestNymsQuery(GUILD, null))).hasSize(25);
    }

    @Test
    void longInputIsCutToTheLongestNymSoItCanStillMatch() {
        String typed = "abcdefghijklmnopqrstuvwxyz012345" + "x".repeat(10_000);

        service.suggestNyms(new SuggestNymsQuery(GUILD, typed));

        assertThat(askedPrefixes).containsExactly("abcdefghijklmnopqrstuvwxyz012345");
    }

    @Test
    void cuttingCountsCharactersNotUtf16UnitsAndNeverSplitsOne() {
        String typed = "𝔄".repeat(40);

        service.suggestNyms(new SuggestNymsQuery(GUILD, typed));

        assertThat(askedPrefixes.getFirst()).isEqualTo("𝔄".repeat(32));
    }

    @Test
    void anUnderscoreIsPassedOnAsTypedForThePortToTakeLiterally() {
        members.addAll(List.of(new Nym("a_b"), new Nym("axb")));

        assertThat(service.suggestNyms(new SuggestNymsQuery(GUILD, "A_"))).containsExactly(new Nym("a_b"));
        assertThat(askedPrefixes).containsExactly("a_");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "a%", "\\", "@everyone", "<@123>", "nul\u0000", "zero\u200Bwidth", "tab\tx"})
    void textNoNymCanStartWithFindsNobodyWithoutAsking(String typed) {
        members.add(new Nym("everyone"));

        assertThat(service.suggestNyms(new SuggestNymsQuery(GUILD, typed))).isEmpty();
        assertThat(askedPrefixes).isEmpty();
    }
}
