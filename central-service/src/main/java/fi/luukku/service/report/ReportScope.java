package fi.luukku.service.report;

import java.util.List;

/**
 * A resolved report scope: what the {@code scope} parameter named and the points it covers.
 *
 * @param kind NATIONAL, REGION, POINT or AUTHORITY
 * @param authorityId for an authority scope (ADR 0028): only this authority's tickets, feedback, service events,
 *     hours and booking figures at the points; null otherwise
 */
public record ReportScope(String scope, String kind, String name, List<PointInfo> points, String authorityId) {

    public ReportScope(String scope, String kind, String name, List<PointInfo> points) {
        this(scope, kind, name, points, null);
    }

    /** What a report needs to know of a point beyond the catalog. */
    public record PointInfo(String id, String name, String region, int waitTargetMinutes) {}

    public List<String> pointIds() {
        return points.stream().map(PointInfo::id).toList();
    }
}
