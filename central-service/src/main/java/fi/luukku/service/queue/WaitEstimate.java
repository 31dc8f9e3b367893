package fi.luukku.service.queue;

/**
 * How long a waiting ticket will still wait before it is called.
 *
 * @param seconds the best single figure (the median)
 * @param lowSeconds the low end of the likely range (a low quantile)
 * @param highSeconds the high end of the likely range (a high quantile)
 * @param noDeskOpen true while no desk that serves the ticket's queue is staffed now; then the figures are a lower
 *     bound (the time until a desk is known to open) or zero when no opening is known, and must not be shown as a
 *     wait of zero
 */
public record WaitEstimate(long seconds, long lowSeconds, long highSeconds, boolean noDeskOpen) {
    public static WaitEstimate exact(long seconds) {
        return new WaitEstimate(seconds, seconds, seconds, false);
    }
}
