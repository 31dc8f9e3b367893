package fi.luukku.service.error;

/**
 * A failure the caller caused or must know about, raised by application and domain code without any notion of
 * HTTP. Only the web edge turns these into problem+json answers; the {@link #code()} becomes the problem type.
 */
public abstract sealed class ServiceException extends RuntimeException
        permits Invalid, NotFound, Conflict, Forbidden, Unauthenticated, TooManyRequests {
    private static final long serialVersionUID = 1L;
    private final String code;

    protected ServiceException(String code, String detail) {
        super(detail);
        this.code = code;
    }

    /** A stable, kebab-case name of the problem (e.g. {@code invalid-input}, {@code ticket-not-waiting}). */
    public String code() {
        return code;
    }
}
