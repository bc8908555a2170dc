/** Use case: member lifecycle — registration, joins, leaves, Discord roles and the retention purge. */
package dev.tiergate.application.service.member;
