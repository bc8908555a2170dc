package dev.tiergate.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.profile.SuggestNymsQuery;
import dev.tiergate.application.port.out.profile.RegisterMemberPort;
import dev.tiergate.application.port.out.profile.SuggestNymsPort;
import dev.tiergate.application.service.profile.SuggestNymsService;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.shared.PageLimit;
import io.micronaut.data.annotation.Query;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Nym autocomplete against PostgreSQL: a literal, case-insensitive prefix over present members, from the index. */
class NymSuggestionIT extends AdapterIntegrationTest {

    private static final Instant JOINED = Instant.parse("2026-01-10T08:00:00Z");
    private static final PageLimit LIMIT = new PageLimit(PageLimit.AUTOCOMPLETE_MAX);

    private final SuggestNymsPort port = bean(SuggestNymsPort.class);
    private final SuggestNymsService service = new SuggestNymsService(port);

    private static UserId member(CommunityId community, String nym) {
        UserId user = newUser();
        bean(RegisterMemberPort.class).registerMember(community, user, new Nym(nym), JOINED);
        return user;
    }

    private List<String> suggest(CommunityId community, String typed) {
        return service.suggestNyms(new SuggestNymsQuery(community, typed)).stream().map(Nym::value).toList();
    }

    @Test
    void suggestsPresentMembersWhoseNymStartsWithTheInputIgnoringCaseInNymKeyOrder() {
        CommunityId community = newCommunity();
        for (String nym : List.of("Stilgar", "stil-2", "STILTSKIN", "Chani", "Stil_gar", "Still")) {
            member(community, nym);
        }
        markLeft(community, member(community, "Stilwell"));

        assertThat(suggest(community, "  sTiL")).containsExactly("stil-2", "Stil_gar", "Stilgar", "Still", "STILTSKIN");
        assertThat(suggest(community, "still")).containsExactly("Still");
        assertThat(suggest(community, "stilw")).as("members who left are not suggested").isEmpty();
    }

    @Test
    void emptyInputGivesTheFirstTwentyFiveByNymAndNoMore() {
        CommunityId community = newCommunity();
        for (int i = 40; i > 0; i--) {
            member(community, String.format(Locale.ROOT, "Member %02d", i));
        }

        List<String> suggested = suggest(community, "");

        assertThat(suggested).hasSize(25).startsWith("Member 01").endsWith("Member 25");
        assertThat(suggest(community, "   ")).isEqualTo(suggested);
        assertThat(port.nymsStartingWith(community, "", new PageLimit(1000))).hasSize(40);
    }

    @Test
    void wildcardsAreTakenLiterallyByTheAdapter() {
        CommunityId community = newCommunity();
        for (String nym : List.of("a_b", "axb", "abc", "a.b", "___")) {
            member(community, nym);
        }

        assertThat(port.nymsStartingWith(community, "%", LIMIT)).as("a % matches only a %").isEmpty();
        assertThat(port.nymsStartingWith(community, "%a", LIMIT)).isEmpty();
        assertThat(port.nymsStartingWith(community, "a%", LIMIT)).isEmpty();
        assertThat(port.nymsStartingWith(community, "\\", LIMIT)).isEmpty();
        assertThat(port.nymsStartingWith(community, "a\\", LIMIT)).isEmpty();
        assertThat(port.nymsStartingWith(community, "a_", LIMIT)).extracting(Nym::value).containsExactly("a_b");
        assertThat(port.nymsStartingWith(community, "_", LIMIT)).extracting(Nym::value).containsExactly("___");
        assertThat(port.nymsStartingWith(community, "a", LIMIT)).extracting(Nym::value)
                .containsExactly("a.b", "a_b", "abc", "axb");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "%%", "_%", "\\%", "\\", "@everyone", "\u200B", "nul\u0000", "'; DROP TABLE x; --"})
    void hostileInputFindsNobodyRatherThanEverybody(String typed) {
        CommunityId community = newCommunity();
        member(community, "everyone");
        member(community, "Paul");

        assertThat(suggest(community, typed)).isEmpty();
    }

    @Test
    void unicodeAndTenKilobyteInputsAreMatchedOnTheirFirstThirtyTwoCharacters() {
        CommunityId community = newCommunity();
        member(community, "Ünïcode名前");
        member(community, "abcdefghijklmnopqrstuvwxyz012345");

        assertThat(suggest(community, "üNÏ")).containsExactly("Ünïcode名前");
        assertThat(suggest(community, "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345" + "x".repeat(10_240)))
                .containsExactly("abcdefghijklmnopqrstuvwxyz012345");
    }

    @Test
    void communitiesNeverSeeEachOthersNyms() {
        CommunityId one = newCommunity();
        CommunityId other = newCommunity();
        member(one, "Irulan");

        assertThat(suggest(other, "iru")).isEmpty();
        assertThat(suggest(one, "iru")).containsExactly("Irulan");
    }

    @Test
    void theQueryReadsOneBoundedRangeOfThePrefixIndexWithoutSortingEvenAsAGenericPlan() throws SQLException {
        String sql = NymSuggestionRepository.class.getDeclaredMethods()[0].getAnnotation(Query.class).value()
                .replace(":communityId", "$1").replace(":keyPrefix", "$2").replace(":pattern", "$3")
                .replace(":limit", "$4");
        List<String> plan = new ArrayList<>();
        try (Connection connection = separateConnection()) {
            try (Statement settings = connection.createStatement()) {
                settings.execute("SET enable_seqscan = off");
                settings.execute("SET enable_bitmapscan = off");
                settings.execute("SET enable_sort = off");
                settings.execute("SET plan_cache_mode = force_generic_plan");
                settings.execute("PREPARE suggest (text, text, text, integer) AS " + sql);
            }
            // EXPLAIN EXECUTE takes no bound parameters: the arguments are constants of this test.
            try (Statement explain = connection.createStatement();
                    ResultSet rows = explain.executeQuery("EXPLAIN EXECUTE suggest('" + snowflake() + "', 'stil', 'stil%', 25)")) {
                while (rows.next()) {
                    plan.add(rows.getString(1));
                }
            }
        }

        String shown = String.join("\n", plan);
        assertThat(shown).contains("member_profiles_nym_prefix").contains("nym_key ~>=~").contains("nym_key ~<~")
                .doesNotContain("Sort").doesNotContain("Seq Scan").doesNotContain("Bitmap");
    }
}
