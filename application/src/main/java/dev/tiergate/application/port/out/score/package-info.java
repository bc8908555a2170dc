/** Output port: score. */
package dev.tiergate.application.port.out.score;
