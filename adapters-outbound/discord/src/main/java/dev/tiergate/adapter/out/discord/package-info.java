/**
 * Outbound adapter: answers Discord interactions over its REST API, and makes bot-token calls (role
 * changes, command registration) through one rate-limited lane; with a loopback stand-in for
 * development and tests.
 */
package dev.tiergate.adapter.out.discord;
