/** Inbound NATS adapter: JetStream pull consumers that turn gateway envelopes into use-case calls. */
package dev.tiergate.adapter.in.nats;
