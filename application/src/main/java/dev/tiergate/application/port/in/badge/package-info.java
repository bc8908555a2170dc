/** Input port: badges — showing, awarding, revoking, suggesting and the daily tenure sweep. */
package dev.tiergate.application.port.in.badge;
