package fi.luukku.service.error;

/** No valid credential was presented. */
public final class Unauthenticated extends ServiceException {
    private static final long serialVersionUID = 1L;

    public Unauthenticated(String detail) {
        this("unauthorized", detail);
    }

    public Unauthenticated(String code, String detail) {
        super(code, detail);
    }
}
