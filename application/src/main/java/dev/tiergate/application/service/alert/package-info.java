/** Use case: a member's alert preferences. */
package dev.tiergate.application.service.alert;
