/** Input ports: a member's alert preferences (/alerts) and the alert job. */
package dev.tiergate.application.port.in.alert;
