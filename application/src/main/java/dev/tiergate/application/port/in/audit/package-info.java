/** Input port: recording admin actions in the audit log and querying it. */
package dev.tiergate.application.port.in.audit;
