/** Data duties: what Tiergate stores about one member, and who asked for it to be deleted. */
package dev.tiergate.domain.privacy;
