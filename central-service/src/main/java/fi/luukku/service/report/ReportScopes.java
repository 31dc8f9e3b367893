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
 * The scopes of reports ({@code national}, {@code region:<region>}, {@code point:<id>}) and who may see them: an
 * admin every scope, anyone else (a supervisor) only their own point.
 */
public final class ReportScopes {
    public static final String NATIONAL = "national";
    public static final String REGION = "region:";
    public static final String POINT = "point:";

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
        for (ReportScope.PointInfo p : all) {
            if (who.mayActAt(p.id())) {
                out.add(new ReportScopeDto(POINT + p.id(), "POINT", p.name(), REGION + p.region()));
            }
        }
        return out;
    }

    /** Resolves a scope parameter, checking the caller may see it (400 when malformed or unknown, 403 when not). */
    public ReportScope resolve(Principal who, String scope, String lang) {
        if (scope == null || scope.isBlank()) {
            throw new Invalid("scope", "scope is required: national, region:<region> or point:<id>");
        }
        List<ReportScope.PointInfo> all = points(lang);
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
        if (scope.startsWith(REGION)) {
            String region = scope.substring(REGION.length());
            List<ReportScope.PointInfo> in =
                    all.stream().filter(p -> p.region().equals(region)).toList();
            if (in.isEmpty()) {
                throw new Invalid("scope", "no region " + region);
            }
            return new ReportScope(scope, "REGION", region, in);
        }
        throw new Invalid("scope", "scope must be national, region:<region> or point:<id>");
    }

    private static String nationalName(String lang) {
        return switch (lang) {
            case "sv" -> "Hela landet";
            case "en" -> "National";
            default -> "Koko maa";
        };
    }
}
