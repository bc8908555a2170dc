package dev.tiergate.application.port.in.apikey;

/** Revokes an API key for good: from then on it authenticates nothing. Revoking it again changes nothing. */
public interface RevokeApiKeyUseCase {

    ApiKeyRevocation revokeApiKey(RevokeApiKeyCommand command);
}
