/** The tenant: a Discord guild and its validated configuration. */
package dev.tiergate.domain.community;
