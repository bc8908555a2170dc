/** Output port: data duties (reading, erasing and auditing one member's stored data). */
package dev.tiergate.application.port.out.privacy;
