/** Output port: where API keys are kept (as hashes only) and how a key is hashed. */
package dev.tiergate.application.port.out.apikey;
