package dev.tiergate.application.port.in.apikey;

/**
 * Checks a key presented with a request: it authenticates when it is well formed, names a stored key,
 * hashes to that key's hash (compared in constant time) and the key is neither revoked nor expired.
 * Every other case is one and the same refusal, so a caller cannot learn which check failed.
 */
public interface AuthenticateApiKeyUseCase {

    ApiKeyAuthentication authenticateApiKey(AuthenticateApiKeyCommand command);
}
