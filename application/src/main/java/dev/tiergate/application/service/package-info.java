/** Use-case implementations and what they share. */
package dev.tiergate.application.service;
