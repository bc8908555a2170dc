/** The badge catalog model. */
package dev.tiergate.domain.badge;
