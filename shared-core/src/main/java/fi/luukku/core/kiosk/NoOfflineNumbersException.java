package fi.luukku.core.kiosk;

/** The service is away and this kiosk has no reserved numbers left for the queue: it cannot issue a ticket. */
public class NoOfflineNumbersException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NoOfflineNumbersException(String queueId) {
        super("no offline numbers left for queue " + queueId);
    }
}
