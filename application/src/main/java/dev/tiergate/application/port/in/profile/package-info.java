/** Input port: profile. */
package dev.tiergate.application.port.in.profile;
