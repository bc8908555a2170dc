package dev.tiergate.adapter.out.discord;

/** Discord's body to open (or find) the DM channel with one user: {@code {"recipient_id": …}}. */
record DirectMessageChannelRequest(String recipientId) {
}
