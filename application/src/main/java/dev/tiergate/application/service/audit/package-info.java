/** Use cases: recording admin actions and querying the audit log. */
package dev.tiergate.application.service.audit;
