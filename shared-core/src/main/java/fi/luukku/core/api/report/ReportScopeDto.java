package fi.luukku.core.api.report;

/**
 * One scope a report can be drawn for. {@code scope} is the value of the {@code scope} query parameter:
 * {@code national}, {@code region:<region>} or {@code point:<pointId>}.
 *
 * @param kind NATIONAL, REGION or POINT
 * @param parent the scope one level up (a point's region, a region's {@code national}); null for national
 */
public record ReportScopeDto(String scope, String kind, String name, String parent) {}
