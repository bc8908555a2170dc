/** Input port: data duties (export and deletion of one member's data). */
package dev.tiergate.application.port.in.privacy;
