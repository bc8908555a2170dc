/** Input port: the Naib council views. */
package dev.tiergate.application.port.in.naib;
