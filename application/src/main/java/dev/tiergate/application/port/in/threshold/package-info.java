/** Input port: threshold. */
package dev.tiergate.application.port.in.threshold;
