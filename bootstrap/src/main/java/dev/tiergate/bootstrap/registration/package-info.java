/** The register-commands sub-command: puts the slash-command catalog at Discord without starting the service. */
package dev.tiergate.bootstrap.registration;
