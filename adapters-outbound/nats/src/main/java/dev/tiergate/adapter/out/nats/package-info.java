/** Outbound NATS adapter: the JetStream streams of the wire contract, created and reconciled at start-up. */
package dev.tiergate.adapter.out.nats;
