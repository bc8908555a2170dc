/** Input port: member lifecycle — members joining, leaving, their Discord roles, and the purge of those long gone. */
package dev.tiergate.application.port.in.member;
