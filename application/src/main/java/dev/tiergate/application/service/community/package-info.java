/** Use case: community lifecycle — the bot joining and leaving a guild. */
package dev.tiergate.application.service.community;
