package fi.luukku.service.error;

/** The current state does not allow this (a ticket no longer waiting, a stale version, a duplicate key). */
public final class Conflict extends ServiceException {
    private static final long serialVersionUID = 1L;

    public Conflict(String detail) {
        this("conflict", detail);
    }

    public Conflict(String code, String detail) {
        super(code, detail);
    }
}
