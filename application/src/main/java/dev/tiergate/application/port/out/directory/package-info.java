/** Output port: the member directory's keyset-paged reads. */
package dev.tiergate.application.port.out.directory;
