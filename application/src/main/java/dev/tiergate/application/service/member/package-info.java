/** Use case: member. */
package dev.tiergate.application.service.member;
