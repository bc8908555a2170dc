/** Building blocks every part of the domain uses: ids, bounds, domain errors. */
package dev.tiergate.domain.shared;
