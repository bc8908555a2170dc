package dev.tiergate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exactly-once contract over many interactions: each got exactly one initial response, in time
 * for Discord, or none because it was too old when consumed and the service counted it expired, or
 * none because JetStream never handed it to the service before its last delivery and the max-deliveries
 * advisory copied it to DEAD_LETTERS (a frozen nats-server gives messages to pull requests the client
 * already abandoned): kept for an operator, not dropped. Expiry is read from the service's log
 * ("Interaction {id} arrived … too late to answer").
 */
record InteractionAudit(int sent, int answered, int expired, int deadLettered, List<String> duplicated,
        List<String> lost, List<String> late) {

    /** Discord refuses an initial response later than this after the interaction's creation. */
    static final Duration DISCORD_DEADLINE = Duration.ofSeconds(3);
    /** The ledger stamps arrivals up to a poll late, on a busy machine later still. */
    private static final Duration STAMP_SLACK = Duration.ofSeconds(1);
    private static final Pattern EXPIRED = Pattern.compile("Interaction (\\d+) arrived .* too late to answer");
    private static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;

    static InteractionAudit of(Collection<GatewayMessage> interactions, AnswerLedger ledger,
            Collection<String> serviceLog) {
        return of(interactions, ledger, serviceLog, Set.of());
    }

    /** The audit, with {@code deadLetteredIds} the interactions found on DEAD_LETTERS. */
    static InteractionAudit of(Collection<GatewayMessage> interactions, AnswerLedger ledger,
            Collection<String> serviceLog, Set<String> deadLetteredIds) {
        Set<String> expiredIds = expiredIds(serviceLog);
        int answered = 0;
        int expired = 0;
        int deadLettered = 0;
        List<String> duplicated = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        List<String> late = new ArrayList<>();
        for (GatewayMessage interaction : interactions) {
            List<AnswerLedger.Arrival> responses = ledger.initialResponses(interaction);
            String id = interaction.interactionId();
            if (responses.isEmpty()) {
                if (expiredIds.contains(id)) {
                    expired++;
                } else if (deadLetteredIds.contains(id)) {
                    deadLettered++;
                } else {
                    lost.add(id);
                }
                continue;
            }
            answered++;
            if (responses.size() > 1) {
                duplicated.add(id + " (" + responses.size() + " initial responses)");
            }
            Duration age = Duration.between(createdAt(id), responses.getFirst().at());
            if (age.compareTo(DISCORD_DEADLINE.plus(STAMP_SLACK)) > 0) {
                late.add(id + " (initial response " + age.toMillis() + " ms after creation)");
            }
        }
        return new InteractionAudit(interactions.size(), answered, expired, deadLettered, List.copyOf(duplicated),
                List.copyOf(lost), List.copyOf(late));
    }

    /**
     * Waits up to {@code within} until no interaction is left without an answer or an expiry, and answers
     * the audit then; the log is read anew on every look.
     */
    static InteractionAudit awaitSettled(Collection<GatewayMessage> interactions, AnswerLedger ledger,
            Supplier<Collection<String>> serviceLog, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        InteractionAudit audit = of(interactions, ledger, serviceLog.get());
        while (!audit.lost().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(250);
            audit = of(interactions, ledger, serviceLog.get());
        }
        return audit;
    }

    /** The ids of the interactions the service logged as too old to answer. */
    static Set<String> expiredIds(Collection<String> serviceLog) {
        Set<String> ids = new HashSet<>();
        for (String line : serviceLog) {
            Matcher expired = EXPIRED.matcher(line);
            if (expired.find()) {
                ids.add(expired.group(1));
            }
        }
        return ids;
    }

    static Instant createdAt(String interactionId) {
        return Instant.ofEpochMilli((Long.parseLong(interactionId) >> 22) + DISCORD_EPOCH_MILLIS);
    }

    /** Nothing lost, nothing answered twice, nothing answered after Discord's deadline. */
    void assertExactlyOnce() {
        assertThat(duplicated).as("interactions answered more than once; " + this).isEmpty();
        assertThat(lost).as("interactions neither answered, counted expired nor dead-lettered; " + this).isEmpty();
        assertThat(late).as("interactions answered after Discord's 3 s; " + this).isEmpty();
        assertThat(answered + expired + deadLettered).as("every interaction accounted for").isEqualTo(sent);
    }

    @Override
    public String toString() {
        return "sent=" + sent + " answered=" + answered + " expired=" + expired + " deadLettered=" + deadLettered
                + " duplicated=" + duplicated.size()
                + " lost=" + lost.size() + " late=" + late.size() + (duplicated.isEmpty() ? "" : " first duplicates "
                + duplicated.subList(0, Math.min(5, duplicated.size()))) + (lost.isEmpty() ? "" : " first lost "
                + lost.subList(0, Math.min(5, lost.size()))) + (late.isEmpty() ? "" : " first late "
                + late.subList(0, Math.min(5, late.size())));
    }
}
