package dev.tiergate.application.service.alert;

import dev.tiergate.application.port.out.alert.AlertHistoryPort;
import dev.tiergate.application.port.out.alert.PendingAlert;
import dev.tiergate.domain.alert.AlertFact;
import dev.tiergate.domain.alert.AlertStatus;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The alert history in memory: facts a test announces are recorded once, by key, as the real history does. */
final class InMemoryAlertHistory implements AlertHistoryPort {

    /** One alert of the history. */
    static final class Entry {
        final PendingAlert alert;
        AlertStatus status = AlertStatus.PENDING;
        String detail;
        Instant attemptedAt;
        Instant settledAt;

        Entry(PendingAlert alert) {
            this.alert = alert;
        }
    }

    private final Map<String, PendingAlert> facts = new LinkedHashMap<>();
    private final Map<String, Entry> history = new LinkedHashMap<>();
    private long nextId = 1;

    /** A fact the next recording will find (again, if it was found before: it is recorded only once). */
    void fact(String key, CommunityId community, UserId member, AlertFact fact, Instant at) {
        facts.put(key, new PendingAlert(nextId++, community, "Arrakis", member, fact, at));
    }

    List<Entry> entries() {
        return List.copyOf(history.values());
    }

    @Override
    public int recordNewAlerts(Instant now, Duration lookback) {
        int recorded = 0;
        for (Map.Entry<String, PendingAlert> fact : facts.entrySet()) {
            if (fact.getValue().occurredAt().isAfter(now.minus(lookback)) && !history.containsKey(fact.getKey())) {
                history.put(fact.getKey(), new Entry(fact.getValue()));
                recorded++;
            }
        }
        return recorded;
    }

    @Override
    public List<PendingAlert> claimPendingAlerts(Instant now, Duration lease, int limit) {
        List<Entry> due = new ArrayList<>(history.values().stream()
                .filter(e -> e.status == AlertStatus.PENDING)
                .filter(e -> e.attemptedAt == null || !e.attemptedAt.isAfter(now.minus(lease)))
                .sorted(Comparator.comparing((Entry e) -> e.alert.occurredAt()).thenComparing(e -> e.alert.id()))
                .limit(limit).toList());
        due.forEach(e -> e.attemptedAt = now);
        return due.stream().map(e -> e.alert).toList();
    }

    @Override
    public int countSentSince(CommunityId communityId, UserId member, Instant since) {
        return (int) history.values().stream()
                .filter(e -> e.status == AlertStatus.SENT && e.alert.communityId().equals(communityId)
                        && e.alert.member().equals(member) && e.settledAt.isAfter(since))
                .count();
    }

    @Override
    public void settleAlert(long alertId, AlertStatus status, String detail, Instant at) {
        history.values().stream().filter(e -> e.alert.id() == alertId && e.status == AlertStatus.PENDING)
                .forEach(e -> {
                    e.status = status;
                    e.detail = detail;
                    e.settledAt = at;
                });
    }
}
