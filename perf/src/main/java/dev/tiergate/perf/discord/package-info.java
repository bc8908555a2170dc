/** P8: the Discord client against a stand-in enforcing Discord's rate limits, with a backlog. */
package dev.tiergate.perf.discord;
