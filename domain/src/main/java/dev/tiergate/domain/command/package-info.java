/** The slash commands Tiergate offers, defined once within Discord's limits for both routing and registration. */
package dev.tiergate.domain.command;
