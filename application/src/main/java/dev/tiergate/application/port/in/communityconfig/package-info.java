/** Input port: a community's configuration as its admins read and change it (admin API). */
package dev.tiergate.application.port.in.communityconfig;
