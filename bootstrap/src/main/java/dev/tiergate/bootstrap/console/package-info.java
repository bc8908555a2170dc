/** The console sub-command: slash commands typed in a terminal, sent as real interactions, replies shown as text. */
package dev.tiergate.bootstrap.console;
