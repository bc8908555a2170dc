/** Input ports of role sync: the background reconciliation, an admin's full re-sync and its failures. */
package dev.tiergate.application.port.in.role;
