package dev.tiergate.application.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiergate.application.port.in.audit.AuditLogQuery;
import dev.tiergate.application.port.in.audit.AuditPage;
import dev.tiergate.application.port.in.audit.RecordAuditCommand;
import dev.tiergate.domain.apikey.ApiKeyId;
import dev.tiergate.domain.audit.AuditActor;
import dev.tiergate.domain.audit.AuditCursor;
import dev.tiergate.domain.audit.AuditRecord;
import dev.tiergate.domain.shared.InvalidFieldException;
import dev.tiergate.domain.shared.PageLimit;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditServicesTest {

    private static final Instant AT = Instant.parse("2026-11-22T10:00:00.123456789Z");
    private static final AuditActor KEY = AuditActor.of(new ApiKeyId("Ab3dE6gH"));

    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final QueryAuditLogService query = new QueryAuditLogService(log);

    @Test
    void recordsTheActionAtTheCurrentTimeInMicroseconds() {
        new RecordAuditService(log, Clock.fixed(AT, ZoneOffset.UTC))
                .recordAudit(new RecordAuditCommand(KEY, "DELETE /api/v1/api-keys/{id}", "id=Zz9yX8wV", "10.0.0.7", 200));

        assertThat(log.records).singleElement().satisfies(record -> {
            assertThat(record.entry().at()).isEqualTo(Instant.parse("2026-11-22T10:00:00.123456Z"));
            assertThat(record.entry().actor()).isEqualTo(KEY);
            assertThat(record.entry().action()).isEqualTo("DELETE /api/v1/api-keys/{id}");
            assertThat(record.entry().target()).isEqualTo("id=Zz9yX8wV");
            assertThat(record.entry().source()).isEqualTo("10.0.0.7");
            assertThat(record.entry().outcome()).isEqualTo(200);
        });
    }

    @Test
    void pagesNewestFirstWithoutSkippingOrRepeatingRecordsOfTheSameInstant() {
        RecordAuditService record = new RecordAuditService(log, Clock.fixed(AT, ZoneOffset.UTC));
        for (int i = 0; i < 5; i++) {
            record.recordAudit(new RecordAuditCommand(AuditActor.ANONYMOUS, "GET /api/v1/audit", "", "10.0.0.7", 401));
        }
        List<Long> seen = new ArrayList<>();
        Optional<AuditCursor> after = Optional.empty();
        do {
            AuditPage page = query.queryAuditLog(new AuditLogQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                    after, new PageLimit(2)));
            page.records().stream().map(AuditRecord::id).forEach(seen::add);
            after = page.next();
        } while (after.isPresent());

        assertThat(seen).containsExactly(5L, 4L, 3L, 2L, 1L);
    }

    @Test
    void selectsByTimeRangeAndActor() {
        for (int minute = 0; minute < 4; minute++) {
            new RecordAuditService(log, Clock.fixed(AT.plusSeconds(60L * minute), ZoneOffset.UTC))
                    .recordAudit(new RecordAuditCommand(minute % 2 == 0 ? KEY : AuditActor.COMMAND_LINE,
                            "api-keys list", "", "local", 200));
        }

        AuditPage page = query.queryAuditLog(new AuditLogQuery(Optional.of(AT.plusSeconds(60)),
                Optional.of(AT.plusSeconds(240)), Optional.of(KEY), Optional.empty(), AuditLogQuery.limit(null)));

        assertThat(page.records()).extracting(AuditRecord::id).containsExactly(3L);
        assertThat(page.next()).isEmpty();
    }

    @Test
    void theLimitDefaultsToFiftyAndIsClampedToOneThousand() {
        assertThat(AuditLogQuery.limit(null).value()).isEqualTo(50);
        assertThat(AuditLogQuery.limit(-5L).value()).isEqualTo(1);
        assertThat(AuditLogQuery.limit(1_000_000_000L).value()).isEqualTo(1_000);
    }

    @Test
    void anEmptyOrBackwardsRangeNamesTo() {
        assertThatThrownBy(() -> new AuditLogQuery(Optional.of(AT), Optional.of(AT), Optional.empty(), Optional.empty(),
                AuditLogQuery.limit(null))).isInstanceOf(InvalidFieldException.class).hasMessageStartingWith("to:");
    }
}
