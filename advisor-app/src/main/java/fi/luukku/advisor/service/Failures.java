package fi.luukku.advisor.service;

import fi.luukku.advisor.Texts;
import fi.luukku.core.api.ApiException;

/**
 * Turns any failure of a call into one clear sentence for the advisor: never a stack trace. The service's
 * own explanation (problem+json detail) is added where it has one.
 */
public final class Failures {
    private Failures() {}

    public static boolean isUnreachable(Throwable e) {
        return e instanceof ApiException a && a.isUnreachable();
    }

    public static boolean isConflict(Throwable e) {
        return e instanceof ApiException a && a.isConflict();
    }

    /** The message key for a failure (see the bundle's {@code error.*} keys). */
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

    /** The sentence shown: what happened, and the service's detail when there is one worth showing. */
    public static String message(Texts texts, String actionKey, Throwable e) {
        String what = texts.get(key(e));
        String action = actionKey == null ? "" : texts.get(actionKey) + ": ";
        String detail = null;
        if (e instanceof ApiException a && !a.isUnreachable() && a.problem() != null) {
            detail = a.problem().detail() != null
                    ? a.problem().detail()
                    : a.problem().title();
        }
        return action + what + (detail == null || detail.isBlank() ? "" : " (" + detail + ")");
    }
}
