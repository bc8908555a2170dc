/** Discord tier roles: which role a member's tier grants and what to change to get there. */
package dev.tiergate.domain.role;
