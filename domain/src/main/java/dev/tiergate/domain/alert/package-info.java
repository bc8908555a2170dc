/** Alerts: preferences (kinds and frequency), the facts alerted about, their history status and the frequency allowance. */
package dev.tiergate.domain.alert;
