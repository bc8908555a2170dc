/** Output port: activity balances, processed events and cooldowns. */
package dev.tiergate.application.port.out.activity;
