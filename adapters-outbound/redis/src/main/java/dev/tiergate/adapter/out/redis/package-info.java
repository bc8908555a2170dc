/** Outbound Redis: GCRA rate limits in one round trip, sessions, behind a circuit breaker with a bounded local fallback. */
package dev.tiergate.adapter.out.redis;
