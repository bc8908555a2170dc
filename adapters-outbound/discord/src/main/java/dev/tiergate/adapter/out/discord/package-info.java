/** Outbound adapter: answers Discord interactions over its REST API, with a loopback stand-in for development and tests. */
package dev.tiergate.adapter.out.discord;
