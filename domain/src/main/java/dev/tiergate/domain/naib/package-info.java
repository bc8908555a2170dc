/** The Naib council's seats and seating rules. */
package dev.tiergate.domain.naib;
