package fi.luukku.service.error;

/** The caller has tried too often in a short time and must wait (e.g. the login limit). */
public final class TooManyRequests extends ServiceException {
    private static final long serialVersionUID = 1L;

    public TooManyRequests(String code, String detail) {
        super(code, detail);
    }
}
