/** Output port: the append-only audit log of admin actions. */
package dev.tiergate.application.port.out.audit;
