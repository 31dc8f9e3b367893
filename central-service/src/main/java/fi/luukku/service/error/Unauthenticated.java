package fi.luukku.service.error;

/** No valid credential was presented. */
public final class Unauthenticated extends ServiceException {
    private static final long serialVersionUID = 1L;

    public Unauthenticated(String detail) {
        super("unauthorized", detail);
    }
}
