package fi.luukku.core.api;

/** An RFC 9457 problem answer. {@code field} names the offending input where there is one. */
public record Problem(String type, String title, int status, String detail, String field) {}
