/** Output port: the platform's registry of slash commands. */
package dev.tiergate.application.port.out.registration;
