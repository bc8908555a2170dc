/** The api-keys sub-command and how API keys are hashed, shared by the command and the service. */
package dev.tiergate.bootstrap.apikeys;
