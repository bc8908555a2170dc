/** Use cases: a member's alert preferences, and the alert job that records facts and sends DMs. */
package dev.tiergate.application.service.alert;
