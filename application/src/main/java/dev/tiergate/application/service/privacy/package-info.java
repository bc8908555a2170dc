/** Data duties: exporting and deleting one member's data. */
package dev.tiergate.application.service.privacy;
