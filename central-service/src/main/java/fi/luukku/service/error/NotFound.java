package fi.luukku.service.error;

/** The thing named does not exist (or the caller may not know that it does). */
public final class NotFound extends ServiceException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public NotFound(String what, String id) {
        this("not-found", null, what + " " + id + " does not exist");
    }

    /** A typed miss, e.g. an unknown booking code, naming the field that held the unknown value. */
    public NotFound(String code, String field, String detail) {
        super(code, detail);
        this.field = field;
    }

    /** The field that named the missing thing, or null. */
    public String field() {
        return field;
    }
}
