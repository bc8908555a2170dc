package dev.tiergate.adapter.in.http.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiergate.application.port.in.badge.MemberBadgeCursor;
import dev.tiergate.application.port.in.deadletter.DeadLetterId;
import dev.tiergate.domain.apikey.ApiKeyId;
import dev.tiergate.domain.audit.AuditCursor;
import dev.tiergate.domain.badge.BadgeId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CursorsTest {

    @Test
    void aCursorHandedOutReadsBackAsWhereThePageEnded() {
        BadgeId badge = new BadgeId("water-sharer");
        MemberBadgeCursor award = new MemberBadgeCursor(Instant.parse("2026-05-01T12:00:00.123456Z"), badge);

        assertThat(Cursors.badge(Cursors.ofBadge(badge))).contains(badge);
        assertThat(Cursors.memberBadge(Cursors.ofMemberBadge(award))).contains(award);
        assertThat(Cursors.badge(null)).isEmpty();
    }

    @Test
    void aCursorThatWasNotHandedOutIsRefusedNamingTheParameter() {
        String notBase64 = "%%%";
        String notABadge = encode("../../etc/passwd");
        String noTime = encode("helper");
        for (String cursor : new String[] {"", notBase64, notABadge, "x".repeat(300)}) {
            assertThatThrownBy(() -> Cursors.badge(cursor)).as(cursor).isInstanceOf(ApiProblem.class)
                    .extracting(problem -> ((ApiProblem) problem).body().field()).isEqualTo("cursor");
        }
        assertThatThrownBy(() -> Cursors.memberBadge(noTime)).isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> Cursors.memberBadge(encode("yesterday helper"))).isInstanceOf(ApiProblem.class);
    }

    @Test
    void anOperatorListCursorReadsBackAsWhatMadeIt() {
        AuditCursor audit = new AuditCursor(Instant.parse("2026-11-22T10:00:00.123456Z"), 42);

        assertThat(Cursors.audit(Cursors.ofAudit(audit))).contains(audit);
        assertThat(Cursors.apiKey(Cursors.ofApiKey(new ApiKeyId("Ab3dE6gH")))).contains(new ApiKeyId("Ab3dE6gH"));
        assertThat(Cursors.deadLetter(Cursors.ofDeadLetter(new DeadLetterId(7)))).contains(new DeadLetterId(7));
        assertThat(Cursors.audit(null)).isEmpty();
    }

    @Test
    void anOperatorListTokenNotMadeHereIsA400NamingTheCursor() {
        for (String forged : new String[] {"", "!!", "x".repeat(200), encode("0"), encode("-1"), encode("99999999999999999999"),
                encode("../../etc"), encode("12.5 0"), encode("12.5")}) {
            assertThatThrownBy(() -> Cursors.deadLetter(forged)).as(forged).isInstanceOfSatisfying(ApiProblem.class,
                    problem -> assertThat(problem.body()).isEqualTo(new ApiError("not a cursor this list handed out", "cursor")));
            assertThatThrownBy(() -> Cursors.audit(forged)).as(forged).isInstanceOf(ApiProblem.class);
        }
        assertThatThrownBy(() -> Cursors.apiKey(encode("tg_Ab3dE6gH"))).isInstanceOf(ApiProblem.class);
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
