/** Logging: JSON lines in production, short text lines in development. */
package dev.tiergate.bootstrap.logging;
