/** Use cases: badges — show, award, revoke, suggest, and the daily automatic badge sweep. */
package dev.tiergate.application.service.badge;
