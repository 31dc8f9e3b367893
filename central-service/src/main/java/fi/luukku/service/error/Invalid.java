package fi.luukku.service.error;

/** The input breaks a rule; {@link #field()} names the offending field (a JSON path such as {@code queues[2].prefix}). */
public final class Invalid extends ServiceException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public Invalid(String field, String detail) {
        this("invalid-input", field, detail);
    }

    public Invalid(String code, String field, String detail) {
        super(code, detail);
        this.field = field;
    }

    /** The field at fault, or null when the input as a whole is wrong. */
    public String field() {
        return field;
    }
}
