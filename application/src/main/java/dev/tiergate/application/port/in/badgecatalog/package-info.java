/** Input port: a community's badge catalog as its admins list and edit it (admin API). */
package dev.tiergate.application.port.in.badgecatalog;
