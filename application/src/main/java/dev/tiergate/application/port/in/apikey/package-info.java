/** Input port: admin API keys (create, list, revoke), authenticating a presented key and its rate limit. */
package dev.tiergate.application.port.in.apikey;
