/** Use cases: badges — show, award, revoke, suggest, and the daily tenure sweep. */
package dev.tiergate.application.service.badge;
