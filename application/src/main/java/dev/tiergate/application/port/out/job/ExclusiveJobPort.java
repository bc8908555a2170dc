package dev.tiergate.application.port.out.job;

/**
 * Runs a background job on one replica at a time: while one replica runs the job named
 * {@code job}, another's attempt returns at once without running it. A replica that dies while
 * running releases the job.
 */
public interface ExclusiveJobPort {

    /** Runs {@code work} unless the job is running elsewhere; returns whether it ran here. */
    boolean runAlone(String job, Runnable work);
}
