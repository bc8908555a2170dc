/** Use case: registering the slash-command catalog with Discord. */
package dev.tiergate.application.service.registration;
