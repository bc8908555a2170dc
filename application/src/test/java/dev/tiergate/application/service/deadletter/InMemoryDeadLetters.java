package dev.tiergate.application.service.deadletter;

import dev.tiergate.application.port.out.deadletter.DeadLettersPort;
import dev.tiergate.application.port.out.deadletter.StoredDeadLetter;
import dev.tiergate.application.port.out.deadletter.StreamPosition;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Dead letters in a sorted map, and a publisher that drops a repeated de-duplication id as JetStream does. */
final class InMemoryDeadLetters implements DeadLettersPort {

    /** One message that reached its subject. */
    record Published(String subject, String body, String deduplicationId) {
    }

    static final Instant STORED_AT = Instant.parse("2026-11-22T10:15:30Z");

    final Map<Long, StoredDeadLetter> letters = new TreeMap<>();
    final List<Published> published = new ArrayList<>();
    final Set<String> deduplicationIds = new HashSet<>();

    StoredDeadLetter add(long sequence, String subject, String body) {
        StoredDeadLetter letter = new StoredDeadLetter(sequence, subject,
                Optional.of(new StreamPosition(subject.startsWith("commands.") ? "COMMANDS" : "EVENTS", sequence * 10)),
                "failed all 8 deliveries: database down", STORED_AT, body.getBytes(StandardCharsets.UTF_8));
        letters.put(sequence, letter);
        return letter;
    }

    @Override
    public List<StoredDeadLetter> listAfter(long afterSequence, int limit) {
        return letters.values().stream().filter(letter -> letter.sequence() > afterSequence).limit(limit).toList();
    }

    @Override
    public Optional<StoredDeadLetter> find(long sequence) {
        return Optional.ofNullable(letters.get(sequence));
    }

    @Override
    public boolean republishOnce(String subject, byte[] body, String deduplicationId) {
        if (!deduplicationIds.add(deduplicationId)) {
            return false;
        }
        published.add(new Published(subject, new String(body, StandardCharsets.UTF_8), deduplicationId));
        return true;
    }

    @Override
    public boolean remove(long sequence) {
        return letters.remove(sequence) != null;
    }
}
