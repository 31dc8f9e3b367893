package fi.luukku.advisor.service;

import fi.luukku.advisor.Texts;
import fi.luukku.core.api.ApiException;
import fi.luukku.core.api.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns any failure of a call into one clear sentence for the advisor, in the console's language: never a stack
 * trace and never the service's own (English) wording. The problem's {@code type} picks a specific sentence
 * ({@code error.type.<type>}) where the bundle has one, else the HTTP status does; the service's {@code detail}
 * goes to the log only.
 */
public final class Failures {
    private static final Logger log = LoggerFactory.getLogger(Failures.class);

    private Failures() {}

    public static boolean isUnreachable(Throwable e) {
        return e instanceof ApiException a && a.isUnreachable();
    }

    public static boolean isConflict(Throwable e) {
        return e instanceof ApiException a && a.isConflict();
    }

    /** True when the service no longer accepts the session's token: the advisor must sign in again. */
    public static boolean isSessionExpired(Throwable e) {
        return e instanceof ApiException a && !a.isUnreachable() && a.status() == 401;
    }

    /** The last path segment of the problem's type URI ({@code https://luukku.fi/problems/busy} → busy). */
    public static String problemType(Throwable e) {
        if (!(e instanceof ApiException a) || a.problem() == null) {
            return null;
        }
        Problem p = a.problem();
        if (p.type() == null || p.type().isBlank() || "about:blank".equals(p.type())) {
            return null;
        }
        String t = p.type();
        int slash = t.lastIndexOf('/');
        return slash >= 0 ? t.substring(slash + 1) : t;
    }

    /** The message key for a failure by status alone (see the bundle's {@code error.*} keys). */
    public static String key(Throwable e) {
        if (e instanceof ApiException a) {
            if (a.isUnreachable()) {
                return "error.unreachable";
            }
            return switch (a.status()) {
                case 400, 422 -> "error.invalid";
                case 401 -> "error.unauthorized";
                case 403 -> "error.forbidden";
                case 404 -> "error.notFound";
                case 409 -> "error.conflict";
                default -> "error.service";
            };
        }
        return "error.unexpected";
    }

    /** The key of the sentence shown: the problem type's own when the bundle has one, else the status's. */
    public static String key(Texts texts, Throwable e) {
        String type = isUnreachable(e) ? null : problemType(e);
        if (type != null) {
            String specific = "error.type." + type;
            if (texts.has(specific)) {
                return specific;
            }
        }
        return key(e);
    }

    /** The sentence shown, wholly in the console's language; the service's detail is logged. */
    public static String message(Texts texts, String actionKey, Throwable e) {
        if (e instanceof ApiException a && !a.isUnreachable() && a.problem() != null) {
            log.info(
                    "{} failed: HTTP {} {} – {}",
                    actionKey,
                    a.status(),
                    a.problem().type(),
                    a.problem().detail() != null
                            ? a.problem().detail()
                            : a.problem().title());
        } else if (!isUnreachable(e)) {
            log.info("{} failed", actionKey, e);
        }
        String what = texts.get(key(texts, e));
        String action = actionKey == null ? "" : texts.get(actionKey) + ": ";
        return action + what;
    }

    /** The service's own explanation, for a tooltip or the log; null when it has none. */
    public static String serviceDetail(Throwable e) {
        if (e instanceof ApiException a && !a.isUnreachable() && a.problem() != null) {
            return a.problem().detail() != null
                    ? a.problem().detail()
                    : a.problem().title();
        }
        return null;
    }
}
