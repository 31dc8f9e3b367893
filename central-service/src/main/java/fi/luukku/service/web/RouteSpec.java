package fi.luukku.service.web;

import java.lang.reflect.Type;
import java.util.List;
import java.util.SortedSet;

/**
 * One route as declared once in its feature's route class: what the authorization check enforces and what
 * {@code /openapi.json} says about it.
 *
 * @param operationId the stable name of the operation in the API document
 * @param roles the roles allowed, sorted and comma-separated, or null for a public route
 * @param atPoint whether the caller must belong to the point named in the path (admins belong everywhere)
 * @param request body type, or null
 * @param response answer type (a class or a List of a class), or null for no body
 * @param status the success status
 * @param idempotent whether an Idempotency-Key header is honoured
 * @param statuses every status the route can answer, the success status included
 * @param query the query parameters it reads
 * @param headers the request headers it reads besides Authorization and Idempotency-Key
 */
public record RouteSpec(
        String method,
        String path,
        String operationId,
        String summary,
        String roles,
        boolean atPoint,
        Class<?> request,
        Type response,
        int status,
        boolean idempotent,
        String produces,
        SortedSet<Integer> statuses,
        List<Param> query,
        List<Param> headers) {

    /**
     * A documented query parameter or header.
     *
     * @param format an OpenAPI string format (date, …) or null
     * @param values the allowed values, empty when free
     * @param checked whether a malformed value is refused with 400
     */
    public record Param(
            String name, String type, String format, List<String> values, String description, boolean checked) {}
}
