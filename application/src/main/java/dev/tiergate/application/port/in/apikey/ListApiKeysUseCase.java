package dev.tiergate.application.port.in.apikey;

/** Lists API keys (never their secrets or hashes), revoked and expired ones too, a bounded page at a time. */
public interface ListApiKeysUseCase {

    ApiKeyPage listApiKeys(ListApiKeysQuery query);
}
