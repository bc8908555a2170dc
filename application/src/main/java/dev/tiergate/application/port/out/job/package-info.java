/** Output port: background jobs that run on one replica at a time. */
package dev.tiergate.application.port.out.job;
