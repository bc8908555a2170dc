/** Settings read from the environment once, validated before any port opens. */
package dev.tiergate.bootstrap.config;
