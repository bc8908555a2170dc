package dev.tiergate.application.port.in.position;

/** /position: a member's rank, score, gaps and status, from the one ranking. */
public interface ShowPositionUseCase {

    PositionView showPosition(ShowPositionQuery query);
}
