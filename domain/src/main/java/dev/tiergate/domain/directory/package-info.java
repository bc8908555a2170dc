/** The member directory: filters and sorts. */
package dev.tiergate.domain.directory;
