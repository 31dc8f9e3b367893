package fi.luukku.service.error;

/** The thing named does not exist (or the caller may not know that it does). */
public final class NotFound extends ServiceException {
    private static final long serialVersionUID = 1L;

    public NotFound(String what, String id) {
        super("not-found", what + " " + id + " does not exist");
    }
}
