package fi.luukku.core.device.pairing;

import java.io.IOException;
import java.util.Objects;
import java.util.function.Consumer;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * Notices when the service stops accepting the device's token: an OkHttp interceptor on the one HTTP client the
 * app uses for REST calls and its event stream, so a 401 on either (a revoked or rotated-away token) reaches the
 * listener, which sends the device back to pairing. A 403 is not a rejection of the token (the token is valid but
 * not for that call) and is left to the caller.
 */
public final class CredentialRejections implements Interceptor {
    private final Consumer<String> onRejected;

    /** @param onRejected gets the rejected token, on the calling (network) thread */
    public CredentialRejections(Consumer<String> onRejected) {
        this.onRejected = Objects.requireNonNull(onRejected);
    }

    /** {@code base} with this watch added (it shares the base client's connection pool and threads). */
    public OkHttpClient watch(OkHttpClient base) {
        return base.newBuilder().addInterceptor(this).build();
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        String auth = chain.request().header("Authorization");
        if (response.code() == 401 && auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            onRejected.accept(auth.substring(7).trim());
        }
        return response;
    }
}
