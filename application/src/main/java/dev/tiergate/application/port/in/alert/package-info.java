/** Input port: a member's alert preferences (/alerts). */
package dev.tiergate.application.port.in.alert;
