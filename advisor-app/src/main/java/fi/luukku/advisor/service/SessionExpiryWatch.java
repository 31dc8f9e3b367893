package fi.luukku.advisor.service;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Notices every 401 the service answers to an authenticated request (REST call or event stream), so the console
 * can ask the advisor to sign in again. A 401 to the sign-in itself is a wrong password, not an expiry.
 */
public final class SessionExpiryWatch implements Interceptor {
    private final Runnable onExpired;

    public SessionExpiryWatch(Runnable onExpired) {
        this.onExpired = onExpired;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        if (response.code() == 401
                && chain.request().header("Authorization") != null
                && !chain.request().url().encodedPath().endsWith("/auth/login")) {
            onExpired.run();
        }
        return response;
    }
}
