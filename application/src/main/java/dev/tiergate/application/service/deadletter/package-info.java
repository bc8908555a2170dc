/** Use cases: listing and replaying dead letters. */
package dev.tiergate.application.service.deadletter;
