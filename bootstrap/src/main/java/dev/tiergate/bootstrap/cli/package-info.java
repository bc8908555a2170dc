/** Plumbing shared by the sub-commands that run instead of the service. */
package dev.tiergate.bootstrap.cli;
