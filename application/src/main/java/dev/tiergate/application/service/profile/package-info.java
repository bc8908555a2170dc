/** Use case: profile. */
package dev.tiergate.application.service.profile;
