package dev.tiergate.adapter.in.http.discord;

import java.net.URI;

/**
 * Where this replica takes the initial responses of the interactions it holds open: the base URL the
 * workers POST {@code /{interaction id}/{token}/callback} under (the envelope's {@code callback_url}).
 */
@FunctionalInterface
public interface CallbackAddress {

    URI base();
}
