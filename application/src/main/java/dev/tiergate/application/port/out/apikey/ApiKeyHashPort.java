package dev.tiergate.application.port.out.apikey;

import dev.tiergate.domain.apikey.ApiKeyToken;

/**
 * Hashes a whole key (its id and secret) with a secret of the server's (a pepper), so a copy of the
 * stored hashes alone neither gives a key back nor lets anyone check guesses against them.
 */
public interface ApiKeyHashPort {

    ApiKeyHash hash(ApiKeyToken token);
}
