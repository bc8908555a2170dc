package dev.tiergate.application.port.in.tier;

/**
 * Applies the demotions whose grace period has run out, in every community, without waiting for
 * the next score batch; a member who recovered meanwhile keeps the tier. Returns the tier changes made.
 */
public interface ApplyDueDemotionsUseCase {

    int applyDueDemotions();
}
