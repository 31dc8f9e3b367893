package fi.luukku.service.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import fi.luukku.core.domain.Role;
import fi.luukku.service.admin.AdminService;
import fi.luukku.service.auth.AuthService;
import fi.luukku.service.auth.Hashes;
import fi.luukku.service.auth.Principal;
import fi.luukku.service.db.Database;
import fi.luukku.service.db.Sql;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo: the five pilot points come from the configuration file {@code demo/pilot-points.yaml}, applied through
 * the same path as {@code ./luukku config apply}; this class adds only what is not configuration: demo staff with
 * the password "demo" and the demo device tokens. Runs only on an empty database.
 */
public final class DemoSeed {
    private static final Logger log = LoggerFactory.getLogger(DemoSeed.class);
    public static final String CONFIG = "/demo/pilot-points.yaml";

    public static final List<String> POINTS = List.of("mikkeli", "kiiminki", "parainen", "pelkosenniemi", "saarijarvi");

    private final Database db;
    private final AdminService admin;

    public DemoSeed(Database db, AdminService admin) {
        this.db = db;
        this.admin = admin;
    }

    /** The pilot configuration as a document. */
    public static JsonNode pilotConfig() {
        try (InputStream in = DemoSeed.class.getResourceAsStream(CONFIG)) {
            if (in == null) {
                throw new IllegalStateException(CONFIG + " is missing from the build");
            }
            return new YAMLMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Seeds when the database has no points yet; returns whether it did. */
    public boolean seedIfEmpty() {
        long points = db.read(sql -> sql.longValue("SELECT COUNT(*) FROM points"));
        if (points > 0) {
            return false;
        }
        admin.apply(new Principal("demo-seed", Role.ADMIN, null, null, null, null), pilotConfig());
        String demoHash = AuthService.hashPassword("demo");
        db.tx(sql -> {
            staff(sql, "admin", "Pääkäyttäjä", "ADMIN", null, null, demoHash);
            for (String p : POINTS) {
                seedPoint(sql, p, demoHash);
            }
            return null;
        });
        log.info("demo data seeded: {} points from {}", POINTS.size(), CONFIG);
        return true;
    }

    private void seedPoint(Sql sql, String point, String demoHash) throws SQLException {
        for (String kind : List.of("kiosk", "feedback", "display", "booking")) {
            String role =
                    switch (kind) {
                        case "kiosk" -> "KIOSK";
                        case "feedback" -> "FEEDBACK_TERMINAL";
                        case "display" -> "DISPLAY";
                        default -> "SUPERVISOR";
                    };
            String token = "demo-" + kind + "-" + point;
            sql.update(
                    "INSERT INTO devices (token_hash, role, point_id, name) VALUES (?,?,?,?)",
                    Hashes.sha256(token),
                    role,
                    point,
                    kind + "@" + point);
        }
        List<String[]> staff = new ArrayList<>();
        if (point.equals("mikkeli")) {
            for (int i = 1; i <= 4; i++) {
                staff.add(new String[] {"advisor" + i, "Palveluneuvoja " + i, "ADVISOR", null});
            }
            staff.add(new String[] {"expert-kela", "Kelan asiantuntija", "AUTHORITY_EXPERT", "kela"});
            staff.add(new String[] {"expert-poliisi", "Poliisin lupa-asiantuntija", "AUTHORITY_EXPERT", "poliisi"});
            staff.add(new String[] {"supervisor", "Esihenkilö", "SUPERVISOR", null});
        } else {
            staff.add(new String[] {point + "-advisor1", "Palveluneuvoja 1", "ADVISOR", null});
            staff.add(new String[] {point + "-advisor2", "Palveluneuvoja 2", "ADVISOR", null});
            staff.add(new String[] {point + "-expert-kela", "Kelan asiantuntija", "AUTHORITY_EXPERT", "kela"});
            staff.add(new String[] {point + "-supervisor", "Esihenkilö", "SUPERVISOR", null});
        }
        for (String[] s : staff) {
            staff(sql, s[0], s[1], s[2], point, s[3], demoHash);
        }
    }

    private static void staff(
            Sql sql, String user, String name, String role, String point, String authority, String hash)
            throws SQLException {
        sql.update(
                "INSERT INTO staff (username, password_hash, display_name, role, point_id, authority_id)"
                        + " VALUES (?,?,?,?,?,?)",
                user,
                hash,
                name,
                role,
                point,
                authority);
    }

    /** The booking code of the demo's appointment, printed in the README so a newcomer can try check-in. */
    public static final String DEMO_BOOKING_CODE = "DEMO2580";

    /**
     * Books (again) the demo's appointment at Mikkeli's Kela queue for 20 minutes from {@code now}, so that
     * {@link #DEMO_BOOKING_CODE} can be checked in at the kiosk on the day the demo is started.
     */
    public void bookDemoAppointment(java.time.Instant now) {
        long startsAt = now.plus(java.time.Duration.ofMinutes(20)).toEpochMilli();
        db.tx(sql -> {
            if (sql.update(
                            "UPDATE appointments SET starts_at = ?, status = 'BOOKED', ticket_id = NULL"
                                    + " WHERE booking_code = ?",
                            startsAt,
                            DEMO_BOOKING_CODE)
                    == 0) {
                sql.update(
                        "INSERT INTO appointments (id, point_id, authority_id, queue_id, starts_at, booking_code,"
                                + " special_needs, status, created_at) VALUES (?,?,?,?,?,?,?,'BOOKED',?)",
                        "demo-appointment",
                        "mikkeli",
                        "kela",
                        "mikkeli-kela",
                        startsAt,
                        DEMO_BOOKING_CODE,
                        "",
                        now.toEpochMilli());
            }
            return null;
        });
    }
}
