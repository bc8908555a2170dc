package dev.tiergate.domain.profile;

import java.util.Optional;

/** One member's new score, naming the member by Discord user, by linked wallet, or both. */
public record ScoreEntry(Optional<UserId> userId, Optional<WalletAddress> wallet, Score score) {

    public ScoreEntry {
        if (userId.isEmpty() && wallet.isEmpty()) {
            throw new IllegalArgumentException("a score entry names a user or a wallet");
        }
    }
}
