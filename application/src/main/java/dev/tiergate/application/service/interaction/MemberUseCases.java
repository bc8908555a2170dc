package dev.tiergate.application.service.interaction;

import dev.tiergate.application.port.in.position.ShowPositionUseCase;
import dev.tiergate.application.port.in.profile.ViewProfileUseCase;
import dev.tiergate.application.port.in.threshold.ShowThresholdUseCase;

/** Every use case a member or admin can reach from Discord, as the interaction answerer needs them. */
public record MemberUseCases(ShowPositionUseCase position, ShowThresholdUseCase threshold, ViewProfileUseCase profile) {
}
