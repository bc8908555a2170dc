/** Use case: listing and editing a community's badge catalog. */
package dev.tiergate.application.service.badgecatalog;
