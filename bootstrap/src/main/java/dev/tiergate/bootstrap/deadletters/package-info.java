/** The dead-letters sub-command: lists and replays dead letters without starting the service. */
package dev.tiergate.bootstrap.deadletters;
