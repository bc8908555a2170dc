/**
 * End to end (P1, P2 and the RSS half of P9): the shipped service in a process of its own, fed an open-loop
 * stream of interactions over a private JetStream and answering a fake Discord on loopback, against bare
 * JetStream publish→consume at the same rate on the same server.
 */
package dev.tiergate.perf.endtoend;
