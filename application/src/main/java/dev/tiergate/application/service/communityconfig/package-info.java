/** Use case: reading and changing a community's configuration. */
package dev.tiergate.application.service.communityconfig;
