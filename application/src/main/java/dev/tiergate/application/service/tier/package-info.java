/** Use case: tier. */
package dev.tiergate.application.service.tier;
