/** The one rank ordering and what is derived from it: position and threshold. */
package dev.tiergate.domain.rank;
