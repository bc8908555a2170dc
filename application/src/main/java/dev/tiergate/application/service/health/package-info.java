/** Use case: readiness. */
package dev.tiergate.application.service.health;
