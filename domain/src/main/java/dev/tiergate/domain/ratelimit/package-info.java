/** Rate-limit policies and GCRA as a pure function of state and time. */
package dev.tiergate.domain.ratelimit;
