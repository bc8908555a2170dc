package dev.tiergate.application.port.in.apikey;

/**
 * Creates an API key from strong randomness and hands over the whole key this once: only its hash is
 * stored, so nobody can show it again. Creating a key never touches the others (rotation).
 */
public interface CreateApiKeyUseCase {

    CreatedApiKey createApiKey(CreateApiKeyCommand command);
}
