/** Naib council views. */
package dev.tiergate.application.service.naib;
