/** Alert preferences: kinds and frequency. */
package dev.tiergate.domain.alert;
