/** Input port: activity — points earned from messages and reactions. */
package dev.tiergate.application.port.in.activity;
