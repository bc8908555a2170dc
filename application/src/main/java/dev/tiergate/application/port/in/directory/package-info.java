/** Input port: the member directory. */
package dev.tiergate.application.port.in.directory;
