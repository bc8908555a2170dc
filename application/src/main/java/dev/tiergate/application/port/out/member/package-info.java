/** Output port: member lifecycle — membership state, Discord roles and the purge of members who left. */
package dev.tiergate.application.port.out.member;
