package fi.luukku.core.api;

/** Staff login. {@code deskId} is the desk chosen at login (optional for supervisors). */
public record LoginRequest(String username, String password, String deskId) {}
