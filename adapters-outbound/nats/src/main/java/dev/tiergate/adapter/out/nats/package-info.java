/** Outbound NATS adapter: the JetStream streams of the wire contract, created and reconciled at start-up, and the dead letters. */
package dev.tiergate.adapter.out.nats;
