/** Output port: transaction. */
package dev.tiergate.application.port.out.transaction;
