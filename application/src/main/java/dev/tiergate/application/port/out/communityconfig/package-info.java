/** Output port: storing a community's rules. */
package dev.tiergate.application.port.out.communityconfig;
