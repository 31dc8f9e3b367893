package fi.luukku.service.error;

/** The caller is known but its role or point does not allow this. */
public final class Forbidden extends ServiceException {
    private static final long serialVersionUID = 1L;

    public Forbidden(String detail) {
        super("forbidden", detail);
    }

    /** A refusal with its own problem type (e.g. {@code password-change-required}). */
    public Forbidden(String code, String detail) {
        super(code, detail);
    }
}
