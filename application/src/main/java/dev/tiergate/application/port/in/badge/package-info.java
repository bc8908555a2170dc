/** Input port: badges — showing, awarding, revoking, suggesting and the daily automatic badge sweep. */
package dev.tiergate.application.port.in.badge;
