package fi.luukku.service.web;

import java.lang.reflect.Type;

/**
 * One documented route: what {@code /openapi.json} says about it.
 *
 * @param request body type, or null
 * @param response answer type (a class or a List of a class), or null for no body
 * @param status the success status
 * @param idempotent whether an Idempotency-Key header is honoured
 */
public record RouteSpec(
        String method,
        String path,
        String summary,
        String roles,
        Class<?> request,
        Type response,
        int status,
        boolean idempotent,
        String produces) {}
