/** Input port: member. */
package dev.tiergate.application.port.in.member;
