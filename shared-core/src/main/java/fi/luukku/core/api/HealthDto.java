package fi.luukku.core.api;

/** {@code GET /health}. */
public record HealthDto(String status, String version, String database) {}
