/** Output port: tier. */
package dev.tiergate.application.port.out.tier;
