package dev.tiergate.application.port.in.apikey;

import dev.tiergate.domain.ratelimit.RateLimitDecision;

/**
 * Spends one request of an API key's budget under the admin API's rate limit, which fails closed:
 * while the shared store is down every request is {@link RateLimitDecision.Unavailable}.
 */
public interface AdmitApiRequestUseCase {

    RateLimitDecision admitApiRequest(AdmitApiRequestCommand command);
}
