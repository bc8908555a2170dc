/** The only place use cases and adapters are put together, and the order they start and stop in. */
package dev.tiergate.bootstrap.wiring;
