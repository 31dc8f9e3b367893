package fi.luukku.core.api;

/**
 * A call to the central service failed. {@link #status()} is the HTTP status, or 0 when the service could
 * not be reached at all (network down, service stopped): clients treat that as "offline", not as an error
 * in what the user did.
 */
public class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Problem problem;

    public ApiException(int status, Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.problem = problem;
    }

    public static ApiException unreachable(Throwable cause) {
        return new ApiException(0, null, "central service unreachable: " + cause.getMessage(), cause);
    }

    public int status() {
        return status;
    }

    /** The problem+json the service answered, or null when there was none. */
    public Problem problem() {
        return problem;
    }

    public boolean isUnreachable() {
        return status == 0 || status == 502 || status == 503 || status == 504;
    }

    public boolean isConflict() {
        return status == 409;
    }

    /** The service's own human explanation when there is one. */
    public String detail() {
        if (problem != null) {
            return problem.detail() != null ? problem.detail() : problem.title();
        }
        return getMessage();
    }
}
