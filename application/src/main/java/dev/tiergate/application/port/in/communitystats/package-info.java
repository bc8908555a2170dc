/** Input port: community figures for admins. */
package dev.tiergate.application.port.in.communitystats;
