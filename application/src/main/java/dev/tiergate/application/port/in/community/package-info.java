/** Input port: community lifecycle — the bot joining and leaving a guild. */
package dev.tiergate.application.port.in.community;
