package dev.tiergate.application.port.in.naib;

/** /naib: the council's seated Naib (founding ones marked), its empty seats, and the honour roll of former Naib. */
public interface ShowNaibCouncilUseCase {

    NaibCouncilView showNaibCouncil(NaibCouncilQuery query);
}
