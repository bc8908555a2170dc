/** Output ports of role sync: members whose recorded roles differ from their tier's, and refusals kept for admins. */
package dev.tiergate.application.port.out.rolesync;
