/** Output port: profile. */
package dev.tiergate.application.port.out.profile;
