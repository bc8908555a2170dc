/** Output port: one role at a time added to or removed from a member at Discord. */
package dev.tiergate.application.port.out.role;
