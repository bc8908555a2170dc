/** Use case: interaction. */
package dev.tiergate.application.service.interaction;
