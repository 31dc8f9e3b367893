package fi.luukku.service.report;

import fi.luukku.core.api.report.ReportScopeDto;
import fi.luukku.core.domain.Role;
import fi.luukku.service.auth.Principal;
import fi.luukku.service.db.Database;
import fi.luukku.service.error.Forbidden;
import fi.luukku.service.error.Invalid;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The scopes of reports ({@code national}, {@code region:<region>}, {@code point:<id>}, {@code authority:<id>} and
 * {@code point:<id>/authority:<id>}) and who may see them: an admin every scope, anyone else (a supervisor) only
 * their own point and its authorities (ADR 0028).
 */
public final class ReportScopes {
    public static final String NATIONAL = "national";
    public static final String REGION = "region:";
    public static final String POINT = "point:";
    public static final String AUTHORITY = "authority:";
    /** Between a point and an authority in {@code point:<id>/authority:<id>}. */
    public static final String AT = "/";

    private final Database db;

    public ReportScopes(Database db) {
        this.db = db;
    }

    /** Every point with its region (its municipality when no region is set) and waiting-time target. */
    public List<ReportScope.PointInfo> points(String lang) {
        String col = "name_" + ("sv".equals(lang) || "en".equals(lang) ? lang : "fi");
        return db.read(sql -> sql.list(
                "SELECT id, " + col
                        + ", COALESCE(region, municipality), COALESCE(NULLIF(wait_target_minutes, 0), 20) FROM points ORDER BY id",
                rs -> new ReportScope.PointInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4))));
    }

    /** The scopes the caller may choose, widest first. */
    public List<ReportScopeDto> visibleTo(Principal who, String lang) {
        List<ReportScope.PointInfo> all = points(lang);
        List<ReportScopeDto> out = new ArrayList<>();
        if (who.role() == Role.ADMIN) {
            out.add(new ReportScopeDto(NATIONAL, "NATIONAL", nationalName(lang), null));
            TreeSet<String> regions = new TreeSet<>();
            all.forEach(p -> regions.add(p.region()));
            regions.forEach(r -> out.add(new ReportScopeDto(REGION + r, "REGION", r, NATIONAL)));
        }
        List<String[]> hosted = hosted(lang);
        if (who.role() == Role.ADMIN) {
            java.util.TreeMap<String, String> authorities = new java.util.TreeMap<>();
            hosted.forEach(h -> authorities.put(h[1], h[2]));
            authorities.forEach((id, name) -> out.add(new ReportScopeDto(AUTHORITY + id, "AUTHORITY", name, NATIONAL)));
        }
        for (ReportScope.PointInfo p : all) {
            if (who.mayActAt(p.id())) {
                out.add(new ReportScopeDto(POINT + p.id(), "POINT", p.name(), REGION + p.region()));
                for (String[] h : hosted) {
                    if (h[0].equals(p.id())) {
                        out.add(new ReportScopeDto(
                                POINT + p.id() + AT + AUTHORITY + h[1],
                                "AUTHORITY",
                                h[3] + " – " + p.name(),
                                POINT + p.id()));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Every point × authority it hosts: {point id, authority id, authority name, short name}, in the points' order.
     */
    private List<String[]> hosted(String lang) {
        String col = "a.name_" + ("sv".equals(lang) || "en".equals(lang) ? lang : "fi");
        return db.read(sql -> sql.list(
                "SELECT pa.point_id, a.id, " + col + ", a.short_name FROM point_authorities pa JOIN authorities a"
                        + " ON a.id = pa.authority_id ORDER BY pa.point_id, pa.sort_order, a.id",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}));
    }

    /** Resolves a scope parameter, checking the caller may see it (400 when malformed or unknown, 403 when not). */
    public ReportScope resolve(Principal who, String scope, String lang) {
        if (scope == null || scope.isBlank()) {
            throw new Invalid("scope", "scope is required: national, region:<region> or point:<id>");
        }
        List<ReportScope.PointInfo> all = points(lang);
        int at = scope.indexOf(AT + AUTHORITY);
        if (scope.startsWith(POINT) && at > 0) {
            ReportScope point = resolve(who, scope.substring(0, at), lang);
            String authority = scope.substring(at + AT.length() + AUTHORITY.length());
            String name = hosted(lang).stream()
                    .filter(h -> h[0].equals(point.points().get(0).id()) && h[1].equals(authority))
                    .map(h -> h[3])
                    .findFirst()
                    .orElseThrow(() -> new Invalid("scope", "the point does not host authority " + authority));
            return new ReportScope(scope, "AUTHORITY", name + " – " + point.name(), point.points(), authority);
        }
        if (scope.startsWith(POINT)) {
            String id = scope.substring(POINT.length());
            ReportScope.PointInfo p = all.stream()
                    .filter(x -> x.id().equals(id))
                    .findFirst()
                    .orElseThrow(() -> new Invalid("scope", "no point " + id));
            if (!who.mayActAt(id)) {
                throw new Forbidden("you may see the reports of your own point only");
            }
            return new ReportScope(scope, "POINT", p.name(), List.of(p));
        }
        if (who.role() != Role.ADMIN) {
            throw new Forbidden("regional and national reports are for administrators");
        }
        if (scope.equals(NATIONAL)) {
            return new ReportScope(scope, "NATIONAL", nationalName(lang), all);
        }
        if (scope.startsWith(AUTHORITY)) {
            String authority = scope.substring(AUTHORITY.length());
            List<String[]> hosts =
                    hosted(lang).stream().filter(h -> h[1].equals(authority)).toList();
            if (hosts.isEmpty()) {
                throw new Invalid("scope", "no point hosts authority " + authority);
            }
            java.util.Set<String> ids = new java.util.HashSet<>();
            hosts.forEach(h -> ids.add(h[0]));
            return new ReportScope(
                    scope,
                    "AUTHORITY",
                    hosts.get(0)[2],
                    all.stream().filter(p -> ids.contains(p.id())).toList(),
                    authority);
        }
        if (scope.startsWith(REGION)) {
            String region = scope.substring(REGION.length());
            List<ReportScope.PointInfo> in =
                    all.stream().filter(p -> p.region().equals(region)).toList();
            if (in.isEmpty()) {
                throw new Invalid("scope", "no region " + region);
            }
            return new ReportScope(scope, "REGION", region, in);
        }
        throw new Invalid(
                "scope",
                "scope must be national, region:<region>, authority:<id>, point:<id> or point:<id>/authority:<id>");
    }

    private static String nationalName(String lang) {
        return switch (lang) {
            case "sv" -> "Hela landet";
            case "en" -> "National";
            default -> "Koko maa";
        };
    }
}
