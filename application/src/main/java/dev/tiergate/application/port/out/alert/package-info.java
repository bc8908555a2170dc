/** Output ports: stored alert preferences, the alert history and direct messages. */
package dev.tiergate.application.port.out.alert;
