/** Output port: rate limits and cooldowns. */
package dev.tiergate.application.port.out.ratelimit;
