package dev.tiergate.application.port.in.apikey;

import java.util.Objects;

/** The key exactly as a request presented it (any text: it is checked, not trusted); never printed. */
public record AuthenticateApiKeyCommand(String presentedKey) {

    public AuthenticateApiKeyCommand {
        Objects.requireNonNull(presentedKey, "presentedKey");
    }

    @Override
    public String toString() {
        return "AuthenticateApiKeyCommand[presentedKey=…]";
    }
}
