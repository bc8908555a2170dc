/** Community figures for admins. */
package dev.tiergate.application.service.communitystats;
