package fi.luukku.advisor.service;

import java.util.function.Supplier;

/** The staff session's bearer token: empty before login, set by the login screen, read on every call. */
public final class SessionToken implements Supplier<String> {
    private volatile String token;

    public SessionToken(String initial) {
        this.token = initial;
    }

    @Override
    public String get() {
        return token;
    }

    public void set(String token) {
        this.token = token;
    }
}
