/** Use case: a member's own /stats. */
package dev.tiergate.application.service.stats;
