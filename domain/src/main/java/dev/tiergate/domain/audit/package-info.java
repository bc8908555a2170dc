/** The audit log of admin actions: who did what to which target, from where, when, and how it ended. */
package dev.tiergate.domain.audit;
