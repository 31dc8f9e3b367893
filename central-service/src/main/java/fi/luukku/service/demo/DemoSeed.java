package fi.luukku.service.demo;

import fi.luukku.service.auth.AuthService;
import fi.luukku.service.auth.Hashes;
import fi.luukku.service.db.Database;
import fi.luukku.service.db.Sql;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo data: the five service points of the 2014–15 pilot (seed 003) with their authorities, services, queues,
 * desks, life events, service-event types and prices, a regional directory, and demo credentials. Runs only on an
 * empty database.
 */
public final class DemoSeed {
    private static final Logger log = LoggerFactory.getLogger(DemoSeed.class);

    public static final List<String> POINTS = List.of("mikkeli", "kiiminki", "parainen", "pelkosenniemi", "saarijarvi");

    private record Auth(String id, String prefix, String shortName, String fi, String sv, String en, long baseFee) {}

    private static final Map<String, Auth> AUTHS = new LinkedHashMap<>();

    static {
        for (Auth a : List.of(
                new Auth(
                        "neuvonta",
                        "A",
                        "Neuvonta",
                        "Yleisneuvonta ja digituki",
                        "Allmän rådgivning och digistöd",
                        "General advice and digital support",
                        0),
                new Auth("kela", "K", "Kela", "Kela", "FPA", "Kela (social insurance)", 45000),
                new Auth(
                        "poliisi",
                        "P",
                        "Poliisi",
                        "Poliisin lupapalvelut",
                        "Polisens tillståndstjänster",
                        "Police permit services",
                        30000),
                new Auth("vero", "V", "Vero", "Verohallinto", "Skatteförvaltningen", "Tax Administration", 25000),
                new Auth(
                        "dvv",
                        "D",
                        "DVV",
                        "Digi- ja väestötietovirasto",
                        "Myndigheten för digitalisering och befolkningsdata",
                        "Digital and Population Data Services Agency",
                        15000),
                new Auth("te", "T", "TE", "TE-palvelut", "TE-tjänster", "Employment services", 30000),
                new Auth(
                        "migri",
                        "M",
                        "Migri",
                        "Maahanmuuttovirasto",
                        "Migrationsverket",
                        "Finnish Immigration Service",
                        15000),
                new Auth("mml", "L", "MML", "Maanmittauslaitos", "Lantmäteriverket", "National Land Survey", 10000),
                new Auth("kunta", "U", "Kunta", "Kunnan palvelut", "Kommunens tjänster", "Municipal services", 0))) {
            AUTHS.put(a.id(), a);
        }
    }

    private record Point(
            String id,
            String fi,
            String sv,
            String en,
            String municipality,
            String address,
            String languages,
            List<String> auths) {}

    private static final List<Point> POINT_DATA = List.of(
            new Point(
                    "mikkeli",
                    "Mikkelin asiointipiste",
                    "Servicepunkten i S:t Michel",
                    "Mikkeli service point",
                    "Mikkeli",
                    "Maaherrankatu 9, 50100 Mikkeli",
                    "fi,sv,en",
                    List.of("neuvonta", "kela", "poliisi", "vero", "dvv", "te", "migri", "mml", "kunta")),
            new Point(
                    "kiiminki",
                    "Kiimingin asiointipiste",
                    "Servicepunkten i Kiiminki",
                    "Kiiminki service point",
                    "Oulu",
                    "Kiimingintie 20, 90900 Kiiminki",
                    "fi,sv,en",
                    List.of("neuvonta", "kela", "poliisi", "vero", "dvv", "te", "kunta")),
            new Point(
                    "parainen",
                    "Paraisten asiointipiste",
                    "Servicepunkten i Pargas",
                    "Parainen service point",
                    "Parainen",
                    "Rantatie 28, 21600 Parainen",
                    "sv,fi,en",
                    List.of("neuvonta", "kela", "poliisi", "vero", "dvv", "migri", "kunta")),
            new Point(
                    "pelkosenniemi",
                    "Pelkosenniemen asiointipiste",
                    "Servicepunkten i Pelkosenniemi",
                    "Pelkosenniemi service point",
                    "Pelkosenniemi",
                    "Sodankyläntie 1, 98500 Pelkosenniemi",
                    "fi,sv,en",
                    List.of("neuvonta", "kela", "poliisi", "vero", "te", "kunta")),
            new Point(
                    "saarijarvi",
                    "Saarijärven asiointipiste",
                    "Servicepunkten i Saarijärvi",
                    "Saarijärvi service point",
                    "Saarijärvi",
                    "Sivulantie 11, 43100 Saarijärvi",
                    "fi,sv,en",
                    List.of("neuvonta", "kela", "poliisi", "vero", "te", "mml", "kunta")));

    private record Svc(String auth, String slug, String fi, String sv, String en, String dfi, String dsv, String den) {}

    private static final List<Svc> SERVICES = List.of(
            new Svc(
                    "neuvonta",
                    "yleis",
                    "Yleisneuvonta",
                    "Allmän rådgivning",
                    "General advice",
                    "Neuvontaa kaikissa viranomaisasioissa",
                    "Rådgivning i alla myndighetsärenden",
                    "Advice on any public-service matter"),
            new Svc(
                    "neuvonta",
                    "digituki",
                    "Digituki ja sähköinen asiointi",
                    "Digistöd och e-tjänster",
                    "Digital support and e-services",
                    "Apua verkkopalvelujen käyttöön",
                    "Hjälp med e-tjänster",
                    "Help with online services"),
            new Svc(
                    "neuvonta",
                    "en-tieda",
                    "En tiedä mitä tarvitsen",
                    "Jag vet inte vad jag behöver",
                    "I don't know what I need",
                    "Neuvoja selvittää asiasi kanssasi",
                    "Rådgivaren reder ut ärendet med dig",
                    "An advisor finds out with you"),
            new Svc(
                    "kela",
                    "etuudet",
                    "Kelan etuudet",
                    "FPA:s förmåner",
                    "Kela benefits",
                    "Tuet, hakemukset ja niiden tilanne",
                    "Stöd, ansökningar och deras status",
                    "Benefits, applications and their status"),
            new Svc(
                    "kela",
                    "liitteet",
                    "Asiakirjojen jättäminen Kelaan",
                    "Lämna dokument till FPA",
                    "Hand in documents to Kela",
                    "Hakemukset ja liitteet",
                    "Ansökningar och bilagor",
                    "Applications and attachments"),
            new Svc(
                    "poliisi",
                    "passi",
                    "Passi ja henkilökortti",
                    "Pass och identitetskort",
                    "Passport and ID card",
                    "Hakemukset ja noutaminen",
                    "Ansökan och avhämtning",
                    "Applying and collecting"),
            new Svc(
                    "poliisi",
                    "luvat",
                    "Muut lupa-asiat",
                    "Andra tillståndsärenden",
                    "Other permits",
                    "Ase-, arpajais- ja muut luvat",
                    "Vapen-, lotteri- och andra tillstånd",
                    "Firearms, lottery and other permits"),
            new Svc(
                    "vero",
                    "verokortti",
                    "Verokortti ja veroilmoitus",
                    "Skattekort och skattedeklaration",
                    "Tax card and tax return",
                    "Verotuksen asiat",
                    "Beskattningsärenden",
                    "Taxation matters"),
            new Svc(
                    "dvv",
                    "muutto",
                    "Muuttoilmoitus ja väestötiedot",
                    "Flyttanmälan och befolkningsdata",
                    "Change of address and population data",
                    "Muutto, nimi ja perhesuhteet",
                    "Flytt, namn och familj",
                    "Moving, name and family"),
            new Svc(
                    "te",
                    "tyonhaku",
                    "Työnhaku ja työttömyys",
                    "Arbetssökande och arbetslöshet",
                    "Job seeking and unemployment",
                    "Ilmoittautuminen työnhakijaksi",
                    "Anmäla sig som arbetssökande",
                    "Registering as a job seeker"),
            new Svc(
                    "migri",
                    "oleskelu",
                    "Oleskeluluvat ja kansalaisuus",
                    "Uppehållstillstånd och medborgarskap",
                    "Residence permits and citizenship",
                    "Hakemukset ja tunnistautuminen",
                    "Ansökningar och identifiering",
                    "Applications and identification"),
            new Svc(
                    "mml",
                    "kiinteisto",
                    "Kiinteistö- ja lainhuutoasiat",
                    "Fastighets- och lagfartsärenden",
                    "Property and title matters",
                    "Lainhuudot ja kiinnitykset",
                    "Lagfarter och inteckningar",
                    "Titles and mortgages"),
            new Svc(
                    "kunta",
                    "palvelut",
                    "Kunnan palvelut",
                    "Kommunens tjänster",
                    "Municipal services",
                    "Kunnan asiointi ja neuvonta",
                    "Kommunens ärenden och rådgivning",
                    "Municipal matters and advice"));

    private record Life(String id, String icon, String fi, String sv, String en, List<String> serviceSlugs) {}

    private static final List<Life> LIFE = List.of(
            new Life("muutto", "home", "Muutan", "Jag flyttar", "I am moving", List.of("dvv-muutto", "neuvonta-yleis")),
            new Life(
                    "tyottomyys",
                    "work",
                    "Jäin työttömäksi",
                    "Jag blev arbetslös",
                    "I lost my job",
                    List.of("te-tyonhaku", "kela-etuudet")),
            new Life("lapsi", "child", "Lapsi syntyy", "Ett barn föds", "A child is born", List.of("kela-etuudet")),
            new Life(
                    "elake", "elder", "Jään eläkkeelle", "Jag går i pension", "I am retiring", List.of("kela-etuudet")),
            new Life(
                    "kuolema",
                    "candle",
                    "Läheinen kuoli",
                    "En anhörig har dött",
                    "A relative died",
                    List.of("dvv-muutto", "neuvonta-yleis")),
            new Life(
                    "maahanmuutto",
                    "globe",
                    "Muutan Suomeen",
                    "Jag flyttar till Finland",
                    "Moving to Finland",
                    List.of("migri-oleskelu", "dvv-muutto", "neuvonta-yleis")),
            new Life(
                    "yritys",
                    "briefcase",
                    "Perustan yrityksen",
                    "Jag grundar ett företag",
                    "Starting a business",
                    List.of("vero-verokortti", "neuvonta-yleis")));

    private final Database db;

    public DemoSeed(Database db) {
        this.db = db;
    }

    /** Seeds when the database has no points yet; returns whether it did. */
    public boolean seedIfEmpty() {
        long points = db.read(sql -> sql.longValue("SELECT COUNT(*) FROM points"));
        if (points > 0) {
            return false;
        }
        String demoHash = AuthService.hashPassword("demo");
        db.tx(sql -> {
            seed(sql, demoHash);
            return null;
        });
        log.info("demo data seeded: {} points", POINT_DATA.size());
        return true;
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

    private void seed(Sql sql, String demoHash) throws SQLException {
        for (Auth a : AUTHS.values()) {
            sql.update(
                    "INSERT INTO authorities (id, short_name, name_fi, name_sv, name_en, base_fee_cents) VALUES (?,?,?,?,?,?)",
                    a.id(),
                    a.shortName(),
                    a.fi(),
                    a.sv(),
                    a.en(),
                    a.baseFee());
        }
        String[][] types = {
            {
                "documents",
                "Asiakirjat vastaanotettu ja välitetty",
                "Dokument mottagna och förmedlade",
                "Documents received and filed",
                "3",
                "1",
                "400"
            },
            {"remote", "Etäyhteys avattu", "Distansförbindelse öppnad", "Remote connection opened", "10", "2", "600"},
            {"materials", "Materiaalia jaettu", "Material utdelat", "Materials handed out", "1", "3", "100"},
            {
                "short-advice",
                "Lyhyt neuvonta (~2 min)",
                "Kort rådgivning (~2 min)",
                "Short advice (~2 min)",
                "2",
                "4",
                "250"
            },
            {
                "long-advice",
                "Pitkä neuvonta (~5 min)",
                "Lång rådgivning (~5 min)",
                "Long advice (~5 min)",
                "5",
                "5",
                "550"
            },
            {
                "eservice-advice",
                "Pitkä sähköisen asioinnin neuvonta (~5 min)",
                "Lång rådgivning i e-tjänster (~5 min)",
                "Long e-service advice (~5 min)",
                "5",
                "6",
                "600"
            }
        };
        int order = 0;
        for (String[] t : types) {
            sql.update(
                    "INSERT INTO service_event_types (id, name_fi, name_sv, name_en, nominal_minutes, shortcut, sort_order)"
                            + " VALUES (?,?,?,?,?,?,?)",
                    t[0],
                    t[1],
                    t[2],
                    t[3],
                    Integer.parseInt(t[4]),
                    t[5],
                    order++);
            for (Auth a : AUTHS.values()) {
                if (!a.id().equals("neuvonta")) {
                    sql.update(
                            "INSERT INTO prices (authority_id, type_id, price_cents) VALUES (?,?,?)",
                            a.id(),
                            t[0],
                            Long.parseLong(t[6]));
                }
            }
        }
        sql.update(
                "INSERT INTO staff (username, password_hash, display_name, role, point_id, authority_id) VALUES (?,?,?,?,?,?)",
                "admin",
                demoHash,
                "Pääkäyttäjä",
                "ADMIN",
                null,
                null);
        for (Point p : POINT_DATA) {
            seedPoint(sql, p, demoHash);
        }
    }

    private void seedPoint(Sql sql, Point p, String demoHash) throws SQLException {
        sql.update(
                "INSERT INTO points (id, name_fi, name_sv, name_en, municipality, address, languages, time_zone, event_seq)"
                        + " VALUES (?,?,?,?,?,?,?,?,0)",
                p.id(),
                p.fi(),
                p.sv(),
                p.en(),
                p.municipality(),
                p.address(),
                p.languages(),
                "Europe/Helsinki");
        // where a citizen's phone reaches the point's pages (demo addresses; set per point in production)
        sql.update("UPDATE points SET public_url = ? WHERE id = ?", "https://luukku.example.fi/" + p.id(), p.id());
        int order = 0;
        for (String aid : p.auths()) {
            Auth a = AUTHS.get(aid);
            sql.update(
                    "INSERT INTO point_authorities (point_id, authority_id, sort_order) VALUES (?,?,?)",
                    p.id(),
                    aid,
                    order);
            sql.update(
                    "INSERT INTO queues (id, point_id, prefix, authority_id, name_fi, name_sv, name_en, sort_order)"
                            + " VALUES (?,?,?,?,?,?,?,?)",
                    p.id() + "-" + aid,
                    p.id(),
                    a.prefix(),
                    aid,
                    a.fi(),
                    a.sv(),
                    a.en(),
                    order);
            order++;
        }
        order = 0;
        List<String> serviceIds = new ArrayList<>();
        for (Svc s : SERVICES) {
            if (!p.auths().contains(s.auth())) {
                continue;
            }
            String id = p.id() + "-" + s.auth() + "-" + s.slug();
            serviceIds.add(s.auth() + "-" + s.slug());
            sql.update(
                    "INSERT INTO services (id, point_id, authority_id, queue_id, name_fi, name_sv, name_en, desc_fi, desc_sv,"
                            + " desc_en, sort_order) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    id,
                    p.id(),
                    s.auth(),
                    p.id() + "-" + s.auth(),
                    s.fi(),
                    s.sv(),
                    s.en(),
                    s.dfi(),
                    s.dsv(),
                    s.den(),
                    order++);
        }
        order = 0;
        for (Life l : LIFE) {
            String target = l.serviceSlugs().stream()
                    .filter(serviceIds::contains)
                    .findFirst()
                    .orElse("neuvonta-yleis");
            sql.update(
                    "INSERT INTO life_events (id, point_id, service_id, icon, name_fi, name_sv, name_en, sort_order)"
                            + " VALUES (?,?,?,?,?,?,?,?)",
                    p.id() + "-" + l.id(),
                    p.id(),
                    p.id() + "-" + target,
                    l.icon(),
                    l.fi(),
                    l.sv(),
                    l.en(),
                    order++);
        }
        seedDesks(sql, p);
        seedDirectory(sql, p);
        for (String kind : List.of("kiosk", "feedback", "display", "booking")) {
            String role =
                    switch (kind) {
                        case "kiosk" -> "KIOSK";
                        case "feedback" -> "FEEDBACK_TERMINAL";
                        case "display" -> "DISPLAY";
                        default -> "SUPERVISOR";
                    };
            String token = "demo-" + kind + "-" + p.id();
            sql.update(
                    "INSERT INTO devices (token_hash, role, point_id, name) VALUES (?,?,?,?)",
                    Hashes.sha256(token),
                    role,
                    p.id(),
                    kind + "@" + p.id());
        }
        boolean main = p.id().equals("mikkeli");
        List<String[]> staff = new ArrayList<>();
        if (main) {
            for (int i = 1; i <= 4; i++) {
                staff.add(new String[] {"advisor" + i, "Palveluneuvoja " + i, "ADVISOR", null});
            }
            staff.add(new String[] {"expert-kela", "Kelan asiantuntija", "AUTHORITY_EXPERT", "kela"});
            staff.add(new String[] {"expert-poliisi", "Poliisin lupa-asiantuntija", "AUTHORITY_EXPERT", "poliisi"});
            staff.add(new String[] {"supervisor", "Esihenkilö", "SUPERVISOR", null});
        } else {
            staff.add(new String[] {p.id() + "-advisor1", "Palveluneuvoja 1", "ADVISOR", null});
            staff.add(new String[] {p.id() + "-advisor2", "Palveluneuvoja 2", "ADVISOR", null});
            staff.add(new String[] {p.id() + "-expert-kela", "Kelan asiantuntija", "AUTHORITY_EXPERT", "kela"});
            staff.add(new String[] {p.id() + "-supervisor", "Esihenkilö", "SUPERVISOR", null});
        }
        for (String[] s : staff) {
            sql.update(
                    "INSERT INTO staff (username, password_hash, display_name, role, point_id, authority_id) VALUES (?,?,?,?,?,?)",
                    s[0],
                    demoHash,
                    s[1],
                    s[2],
                    p.id(),
                    s[3]);
        }
        sql.update(
                "INSERT INTO info_messages (id, point_id, text_fi, text_sv, text_en, sort_order) VALUES (?,?,?,?,?,?)",
                p.id() + "-info-1",
                p.id(),
                "Tervetuloa asiointipisteeseen!",
                "Välkommen till servicepunkten!",
                "Welcome to the service point!",
                0);
        sql.update(
                "INSERT INTO info_messages (id, point_id, text_fi, text_sv, text_en, sort_order) VALUES (?,?,?,?,?,?)",
                p.id() + "-info-2",
                p.id(),
                "Kysy neuvojalta apua verkkoasiointiin.",
                "Fråga rådgivaren om hjälp med e-tjänster.",
                "Ask an advisor for help with online services.",
                1);
    }

    private void seedDesks(Sql sql, Point p) throws SQLException {
        List<String> queues = p.auths().stream().map(a -> p.id() + "-" + a).toList();
        String advice = p.id() + "-neuvonta";
        int order = 0;
        int counters = p.id().equals("mikkeli") ? 2 : 2;
        for (int i = 1; i <= counters; i++) {
            String id = p.id() + "-" + i;
            insertDesk(sql, id, p.id(), "COUNTER", "Palvelupiste " + i, "Servicedisk " + i, "Desk " + i, order++);
            for (String q : queues) {
                sql.update(
                        "INSERT INTO desk_queues (desk_id, queue_id, priority) VALUES (?,?,?)",
                        id,
                        q,
                        q.equals(advice) ? 1 : 2);
            }
        }
        if (p.id().equals("mikkeli")) {
            insertDesk(
                    sql,
                    "mikkeli-3",
                    "mikkeli",
                    "COUNTER",
                    "Palvelupiste 3 (Kela)",
                    "Servicedisk 3 (FPA)",
                    "Desk 3 (Kela)",
                    order++);
            sql.update(
                    "INSERT INTO desk_queues (desk_id, queue_id, priority) VALUES (?,?,?)",
                    "mikkeli-3",
                    "mikkeli-kela",
                    1);
            sql.update("INSERT INTO desk_queues (desk_id, queue_id, priority) VALUES (?,?,?)", "mikkeli-3", advice, 2);
            insertDesk(
                    sql,
                    "mikkeli-4",
                    "mikkeli",
                    "COUNTER",
                    "Palvelupiste 4 (Poliisi)",
                    "Servicedisk 4 (Polisen)",
                    "Desk 4 (Police)",
                    order++);
            sql.update(
                    "INSERT INTO desk_queues (desk_id, queue_id, priority) VALUES (?,?,?)",
                    "mikkeli-4",
                    "mikkeli-poliisi",
                    1);
        }
        String room = p.id() + "-remote";
        insertDesk(
                sql, room, p.id(), "REMOTE_ROOM", "Etäpalveluhuone", "Distanstjänstrum", "Remote-service room", order);
        for (String a : p.auths()) {
            if (!a.equals("neuvonta") && !a.equals("kunta") && !a.equals("poliisi")) {
                sql.update(
                        "INSERT INTO desk_queues (desk_id, queue_id, priority) VALUES (?,?,?)",
                        room,
                        p.id() + "-" + a,
                        1);
            }
        }
    }

    private static void insertDesk(
            Sql sql, String id, String point, String kind, String fi, String sv, String en, int order)
            throws SQLException {
        sql.update(
                "INSERT INTO desks (id, point_id, kind, name_fi, name_sv, name_en, sort_order) VALUES (?,?,?,?,?,?,?)",
                id,
                point,
                kind,
                fi,
                sv,
                en,
                order);
    }

    private void seedDirectory(Sql sql, Point p) throws SQLException {
        String town = p.municipality();
        Object[][] rows = {
            {
                "library",
                "DIGITAL_SUPPORT",
                town + " kaupunginkirjaston digituki",
                town + " stadsbiblioteks digistöd",
                town + " city library digital support",
                "Henkilökohtaista opastusta verkkoasiointiin ajanvarauksella, ti ja to klo 10–14.",
                "Personlig handledning i e-tjänster med tidsbokning, ti och to kl. 10–14.",
                "One-to-one help with online services by appointment, Tue and Thu 10–14.",
                "+358 40 100 2000",
                "digituki@kirjasto.example.fi",
                "https://kirjasto.example.fi/digituki",
                "Kirjastokatu 1, " + town,
                "digituki,kirjasto,opastus,tietokone,verkkopankki,tunnistautuminen"
            },
            {
                "ngo",
                "DIGITAL_SUPPORT",
                "Seniorien digikerho",
                "Digiklubb för seniorer",
                "Digital club for seniors",
                "Vapaaehtoiset opastavat puhelimen ja tabletin käytössä joka keskiviikko.",
                "Frivilliga handleder i användning av telefon och surfplatta varje onsdag.",
                "Volunteers help with phones and tablets every Wednesday.",
                "+358 40 100 3000",
                "digikerho@example.fi",
                "https://digikerho.example.fi",
                "Seurantalo, " + town,
                "seniorit,puhelin,tabletti,vapaaehtoinen,digituki"
            },
            {
                "network",
                "DIGITAL_SUPPORT",
                "Alueellinen digitukiverkosto",
                "Regionalt digistödsnätverk",
                "Regional digital-support network",
                "Löydä lähin digituki: puhelinneuvonta arkisin 9–15.",
                "Hitta närmaste digistöd: telefonrådgivning vardagar 9–15.",
                "Find the nearest digital support: phone advice on weekdays 9–15.",
                "+358 29 500 4000",
                null,
                "https://digituki.example.fi",
                null,
                "digituki,verkosto,puhelinneuvonta,intensiivinen tuki"
            },
            {
                "kela-expert",
                "EXPERT_CONTACT",
                "Kelan asiantuntijapalvelu",
                "FPA:s experttjänst",
                "Kela expert service",
                "Etäpalveluaika Kelan asiantuntijalle, varaus asiointipisteen kautta.",
                "Distanstid med FPA:s expert, bokas via servicepunkten.",
                "Remote appointment with a Kela expert, booked through the service point.",
                "+358 20 692 200",
                null,
                "https://www.kela.fi",
                null,
                "kela,etuudet,toimeentulotuki,asumistuki"
            },
            {
                "police-permits",
                "EXPERT_CONTACT",
                "Poliisin lupapalvelut",
                "Polisens tillståndstjänster",
                "Police permit services",
                "Passi- ja henkilökorttiasiat, sähköinen ajanvaraus.",
                "Pass och identitetskort, elektronisk tidsbokning.",
                "Passports and ID cards, online booking.",
                "+358 295 419 800",
                null,
                "https://poliisi.fi/luvat",
                null,
                "passi,henkilökortti,lupa,ajanvaraus"
            },
        };
        for (Object[] r : rows) {
            sql.update(
                    "INSERT INTO directory (id, point_id, kind, title_fi, title_sv, title_en, body_fi, body_sv, body_en,"
                            + " phone, email, url, address, keywords) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    p.id() + "-" + r[0],
                    p.id(),
                    r[1],
                    r[2],
                    r[3],
                    r[4],
                    r[5],
                    r[6],
                    r[7],
                    r[8],
                    r[9],
                    r[10],
                    r[11],
                    r[12]);
        }
    }
}
