/** Output port: storing the edits of a community's badge catalog. */
package dev.tiergate.application.port.out.badgecatalog;
