package fi.luukku.service.report;

import java.util.List;

/**
 * A resolved report scope: what the {@code scope} parameter named and the points it covers.
 *
 * @param kind NATIONAL, REGION or POINT
 */
public record ReportScope(String scope, String kind, String name, List<PointInfo> points) {

    /** What a report needs to know of a point beyond the catalog. */
    public record PointInfo(String id, String name, String region, int waitTargetMinutes) {}

    public List<String> pointIds() {
        return points.stream().map(PointInfo::id).toList();
    }
}
