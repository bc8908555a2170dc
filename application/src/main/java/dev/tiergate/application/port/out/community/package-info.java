/** Output port: community. */
package dev.tiergate.application.port.out.community;
