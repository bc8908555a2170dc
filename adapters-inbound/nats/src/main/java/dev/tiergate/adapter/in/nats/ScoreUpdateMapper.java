package dev.tiergate.adapter.in.nats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tiergate.application.port.in.score.IngestScoresCommand;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.ScoreEntry;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.profile.WalletAddress;
import dev.tiergate.domain.shared.InvalidFieldException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a {@code score.update} envelope into a score batch: one guild, an as-of time and at most
 * 1000 entries, each naming a user or a wallet with an exact decimal score. One bad entry
 * poisons the batch, so a batch is applied whole or not at all.
 */
final class ScoreUpdateMapper {

    static final String EVENT_TYPE = "score.update";

    Decoded<IngestScoresCommand> map(GatewayEnvelope envelope) {
        if (!EVENT_TYPE.equals(envelope.eventType())) {
            return Decoded.poison("event_type is not " + EVENT_TYPE);
        }
        if (envelope.guildId().isEmpty()) {
            return Decoded.poison("missing guild_id");
        }
        if (envelope.data().isEmpty()) {
            return Decoded.poison("missing data");
        }
        ObjectNode data = envelope.data().get();
        JsonNode asOf = data.get("as_of");
        if (GatewayEnvelopeParser.absent(asOf)) {
            return Decoded.poison("missing as_of");
        }
        if (!asOf.isIntegralNumber() || !asOf.canConvertToLong() || asOf.longValue() < 0) {
            return Decoded.poison("as_of is not epoch milliseconds");
        }
        JsonNode entries = data.get("entries");
        if (GatewayEnvelopeParser.absent(entries)) {
            return Decoded.poison("missing entries");
        }
        if (!entries.isArray()) {
            return Decoded.poison("entries is not an array");
        }
        if (entries.size() > IngestScoresCommand.MAX_ENTRIES) {
            return Decoded.poison("more than " + IngestScoresCommand.MAX_ENTRIES + " entries");
        }
        List<ScoreEntry> batch = new ArrayList<>(entries.size());
        for (int index = 0; index < entries.size(); index++) {
            Decoded<ScoreEntry> entry = entry(entries.get(index), "entries[" + index + "]");
            switch (entry) {
                case Decoded.Accepted<ScoreEntry>(ScoreEntry accepted) -> batch.add(accepted);
                case Decoded.Poison<ScoreEntry>(String reason) -> {
                    return Decoded.poison(reason);
                }
            }
        }
        return Decoded.accepted(new IngestScoresCommand(new CommunityId(envelope.guildId().get()),
                Instant.ofEpochMilli(asOf.longValue()), batch));
    }

    /** One entry; a poison reason starts with the entry's path, e.g. {@code entries[3]: wallet: ...}. */
    private static Decoded<ScoreEntry> entry(JsonNode entry, String path) {
        if (!entry.isObject()) {
            return Decoded.poison(path + " is not an object");
        }
        Decoded<ScoreEntry> decoded = GatewayEnvelopeParser.snowflake(entry, "user_id").then(userId ->
                wallet(entry.get("wallet")).then(wallet -> userId.isEmpty() && wallet.isEmpty()
                        ? Decoded.<ScoreEntry>poison("names neither user_id nor wallet")
                        : score(entry.get("score")).then(score ->
                                Decoded.accepted(new ScoreEntry(userId.map(UserId::new), wallet, score)))));
        return decoded instanceof Decoded.Poison<ScoreEntry>(String reason)
                ? Decoded.poison(path + ": " + reason)
                : decoded;
    }

    private static Decoded<Optional<WalletAddress>> wallet(JsonNode wallet) {
        if (GatewayEnvelopeParser.absent(wallet)) {
            return Decoded.accepted(Optional.empty());
        }
        if (!wallet.isTextual()) {
            return Decoded.poison("wallet is not a string");
        }
        try {
            return Decoded.accepted(Optional.of(new WalletAddress(wallet.textValue())));
        } catch (InvalidFieldException malformed) {
            return Decoded.poison(malformed.getMessage());
        }
    }

    private static Decoded<Score> score(JsonNode score) {
        if (GatewayEnvelopeParser.absent(score)) {
            return Decoded.poison("missing score");
        }
        if (!score.isTextual()) {
            return Decoded.poison("score is not a decimal string");
        }
        try {
            return Decoded.accepted(Score.parse(score.textValue()));
        } catch (InvalidFieldException malformed) {
            return Decoded.poison(malformed.getMessage());
        }
    }
}
