/** Use case: recording activity and the engagement badges it earns. */
package dev.tiergate.application.service.activity;
