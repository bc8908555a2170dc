/** Tiergate's domain: the community's rules in plain Java, free of frameworks, drivers and clocks. */
package dev.tiergate.domain;
