/** Input port: score. */
package dev.tiergate.application.port.in.score;
