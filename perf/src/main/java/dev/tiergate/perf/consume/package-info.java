/** P3: consume capacity of the NATS inbound consumer with the database stubbed out in-process. */
package dev.tiergate.perf.consume;
