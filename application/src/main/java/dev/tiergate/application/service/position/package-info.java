/** Use case: position. */
package dev.tiergate.application.service.position;
