/** Output port: a community's figures for its admins. */
package dev.tiergate.application.port.out.communitystats;
