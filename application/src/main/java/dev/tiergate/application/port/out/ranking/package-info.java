/** Output port: ranking. */
package dev.tiergate.application.port.out.ranking;
