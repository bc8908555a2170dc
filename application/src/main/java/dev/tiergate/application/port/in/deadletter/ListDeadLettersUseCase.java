package dev.tiergate.application.port.in.deadletter;

/** Lists what was dead-lettered, a bounded page at a time, so an operator can decide what to replay. */
public interface ListDeadLettersUseCase {

    DeadLetterPage listDeadLetters(ListDeadLettersQuery query);
}
