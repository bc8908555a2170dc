/** Member directory use cases and the browsing session they keep. */
package dev.tiergate.application.service.directory;
