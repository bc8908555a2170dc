/** Output port: stored alert preferences. */
package dev.tiergate.application.port.out.alert;
