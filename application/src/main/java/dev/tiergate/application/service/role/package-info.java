/** Role sync as state reconciliation: members' recorded Discord roles are brought to their tier's role. */
package dev.tiergate.application.service.role;
