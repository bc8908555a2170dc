/** Use cases: creating, listing, revoking and authenticating admin API keys, and their rate limit. */
package dev.tiergate.application.service.apikey;
