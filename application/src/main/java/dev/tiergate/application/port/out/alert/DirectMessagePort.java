package dev.tiergate.application.port.out.alert;

import dev.tiergate.domain.profile.UserId;

/** Sends one direct message to a Discord user through the bot; the message never pings anyone. */
public interface DirectMessagePort {

    DirectMessageResult sendDirectMessage(UserId recipient, AlertMessage message);
}
