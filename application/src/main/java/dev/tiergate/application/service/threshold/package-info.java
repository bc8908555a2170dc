/** Use case: threshold. */
package dev.tiergate.application.service.threshold;
