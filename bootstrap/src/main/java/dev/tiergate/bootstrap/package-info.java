/** The runnable service: validated settings first, then Micronaut wires the adapters around the core. */
package dev.tiergate.bootstrap;
