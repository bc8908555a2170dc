/** Admin API keys: their scopes, their format and when a key may be used. */
package dev.tiergate.domain.apikey;
