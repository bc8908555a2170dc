/** Use case: score. */
package dev.tiergate.application.service.score;
