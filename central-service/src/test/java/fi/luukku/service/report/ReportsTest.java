package fi.luukku.service.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.api.report.BillingReport;
import fi.luukku.core.api.report.MetricsReportDto;
import fi.luukku.core.api.report.ReportFormat;
import fi.luukku.core.api.report.ReportKind;
import fi.luukku.core.api.report.ReportScopeDto;
import fi.luukku.core.testing.MutableClock;
import fi.luukku.service.support.Api;
import fi.luukku.service.testing.TestServer;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Records a month of work at Mikkeli through the API (tickets, waits, events, triage, feedback, incidents,
 * referrals) and compares every figure of the metrics and billing reports, and of their CSV, XLSX and PDF exports,
 * with figures this test computes itself from what it recorded.
 */
class ReportsTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");
    static final LocalDate FROM = LocalDate.of(2026, 3, 1);
    static final LocalDate TO = LocalDate.of(2026, 3, 31);
    static final String[] OUTCOMES = {"HANDLED", "STARTED", "NOT_HANDLED"};
    static final String[] REASONS = {"NO_BANK_ID", "TOO_HARD", "NO_DEVICE"};
    static final int TARGET_MINUTES = 10;

    static MutableClock clock = new MutableClock(Instant.parse("2026-02-27T08:00:00Z"));
    static TestServer server;
    static Api api;
    static String admin;

    // what the test recorded, computed independently of the service
    static final List<Integer> waits = new ArrayList<>();
    static final List<Integer> services = new ArrayList<>();
    static int issued;
    static int served;
    static int noShows;
    static int withinTarget;
    static final int[] ratings = new int[6];
    static final int[] assessments = new int[6];
    static final int[] safety = new int[6];
    static int comments;
    static int positive;
    static int negative;
    static int yes;
    static int no;
    static final Map<String, Integer> reasons = new TreeMap<>();
    static final Map<String, int[]> outcomes = new TreeMap<>();
    static final Map<String, Integer> levels = new TreeMap<>();
    static final Map<String, Integer> lifeEvents = new TreeMap<>();
    static final Map<String, Integer> events = new TreeMap<>(); // authority/type -> count
    static final Map<String, Integer> chains = new TreeMap<>();
    static final Map<String, Integer> referrals = new TreeMap<>();
    static final Map<LocalDate, Integer> issuedPerDay = new TreeMap<>();
    static int incidents;
    static int resolved;
    static int kelaDocsEarly;
    static int kelaDocsLate;

    @BeforeAll
    static void recordAMonth() {
        server = TestServer.start(Map.of(), clock);
        api = new Api(server.baseUrl());
        admin = api.login("admin");
        configure();
        for (LocalDate day = FROM; !day.isAfter(TO); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() >= 6) {
                continue;
            }
            clock.set(day.atTime(LocalTime.of(9, 0)).atZone(ZONE).toInstant());
            String sup = api.login("supervisor");
            int d = day.getDayOfMonth();
            for (int i = 0; i < 3; i++) {
                visit(sup, day, d, i);
            }
            if (d % 5 == 0) {
                Api.Resp inc = api.post(
                        "/api/v1/points/mikkeli/incidents",
                        sup,
                        Map.of("category", d % 10 == 0 ? "THREAT" : "DISTURBANCE", "severity", 1 + d % 3),
                        "inc-" + d);
                assertThat(inc.status()).as(inc.toString()).isEqualTo(201);
                incidents++;
                if (d % 10 == 0) {
                    String id = inc.json().get("id").asText();
                    assertThat(api.post("/api/v1/incidents/" + id + "/resolve", sup, Map.of("resolution", "calmed"))
                                    .status())
                            .isEqualTo(200);
                    resolved++;
                }
            }
        }
        clock.set(LocalDate.of(2026, 4, 2).atTime(10, 0).atZone(ZONE).toInstant());
        admin = api.login("admin");
    }

    /** Known prices on the pilot's structure: Mikkeli's base part and training, Kela's documents price change. */
    static void configure() {
        put(
                "/api/v1/admin/fees/mikkeli-2026",
                Map.of(
                        "point",
                        "mikkeli",
                        "validFrom",
                        "2026-01-01",
                        "baseFeeCents",
                        1170700,
                        "trainingCents",
                        530800));
        JsonNode old =
                api.get("/api/v1/admin/unitPrices/kela-documents-2014", admin).json();
        ObjectNode closed = (ObjectNode) old.deepCopy();
        closed.put("validTo", "2026-03-15");
        put("/api/v1/admin/unitPrices/kela-documents-2014", closed);
        put(
                "/api/v1/admin/unitPrices/kela-documents-2026",
                Map.of("authority", "kela", "eventType", "documents", "validFrom", "2026-03-16", "priceCents", 555));
        ObjectNode point = (ObjectNode)
                api.get("/api/v1/admin/points/mikkeli", admin).json().deepCopy();
        point.put("region", "Etelä-Savo");
        point.put("waitTargetMinutes", TARGET_MINUTES);
        put("/api/v1/admin/points/mikkeli", point);
    }

    static void put(String path, Object body) {
        Api.Resp r = api.put(path, admin, body);
        assertThat(r.status()).as(path + " " + r).isIn(200, 201);
    }

    static void visit(String sup, LocalDate day, int d, int i) {
        String service = i == 0 ? "mikkeli-kela-liitteet" : "mikkeli-neuvonta-yleis";
        JsonNode t = api.issue("mikkeli", service);
        String id = t.get("id").asText();
        issued++;
        issuedPerDay.merge(day, 1, Integer::sum);
        int waitMinutes = (d * 7 + i * 3) % 25;
        clock.advance(Duration.ofMinutes(waitMinutes).plusSeconds(i * 13));
        Api.Resp call = api.post("/api/v1/tickets/" + id + "/call", sup, Map.of("deskId", "mikkeli-3"));
        assertThat(call.status()).as(call.toString()).isEqualTo(200);
        int wait = (int) Duration.between(
                        Instant.parse(t.get("issuedAt").asText()),
                        Instant.parse(call.json().get("calledAt").asText()))
                .toSeconds();
        waits.add(wait);
        if (wait <= TARGET_MINUTES * 60) {
            withinTarget++;
        }
        if (i == 1 && d % 6 == 0) {
            assertThat(api.post("/api/v1/tickets/" + id + "/no-show", sup, null).status())
                    .isEqualTo(200);
            noShows++;
            return;
        }
        assertThat(api.post("/api/v1/tickets/" + id + "/start", sup, null).status())
                .isEqualTo(200);
        int level = 1 + (d + i) % 4;
        String lifeEvent = i == 2 ? "mikkeli-muutto" : "mikkeli-tyottomyys";
        Api.Resp tr = api.put(
                "/api/v1/tickets/" + id + "/triage",
                sup,
                Map.of("supportLevel", level, "lifeEventId", lifeEvent, "notes", "secret note " + d));
        assertThat(tr.status()).as(tr.toString()).isEqualTo(200);
        levels.merge(Integer.toString(level), 1, Integer::sum);
        lifeEvents.merge(lifeEvent, 1, Integer::sum);
        String authority = i == 0 ? "kela" : "neuvonta";
        int docs = 1 + d % 2;
        Api.Resp ev = api.post(
                "/api/v1/tickets/" + id + "/service-events", sup, Map.of("typeId", "documents", "count", docs));
        assertThat(ev.status()).as(ev.toString()).isEqualTo(201);
        events.merge(authority + "/documents", docs, Integer::sum);
        if (authority.equals("kela")) {
            if (d <= 15) {
                kelaDocsEarly += docs;
            } else {
                kelaDocsLate += docs;
            }
        }
        clock.advance(Duration.ofMinutes(3 + d % 5));
        if (i == 2) {
            // a chain: the advisor's help, then the tax office's event on the same visit
            Api.Resp vero = api.post(
                    "/api/v1/tickets/" + id + "/service-events",
                    sup,
                    Map.of("typeId", "short-advice", "authorityId", "vero"));
            assertThat(vero.status()).as(vero.toString()).isEqualTo(201);
            events.merge("vero/short-advice", 1, Integer::sum);
            chains.merge("neuvonta > vero", 1, Integer::sum);
        }
        if (i == 0 && d % 4 == 0) {
            Api.Resp ref = api.post(
                    "/api/v1/tickets/" + id + "/referrals", sup, Map.of("kind", "BOOKING", "authorityId", "kela"));
            assertThat(ref.status()).as(ref.toString()).isEqualTo(201);
            JsonNode rj = ref.json();
            String target = rj.hasNonNull("target") ? rj.get("target").asText() : "";
            referrals.merge(rj.get("kind").asText() + "/" + target, 1, Integer::sum);
        }
        String outcome = OUTCOMES[(d + i) % 3];
        int assessment = 1 + (d * 2 + i) % 5;
        Api.Resp fin = api.post(
                "/api/v1/tickets/" + id + "/finish", sup, Map.of("outcome", outcome, "assessment", assessment));
        assertThat(fin.status()).as(fin.toString()).isEqualTo(200);
        served++;
        assessments[assessment]++;
        outcomes.computeIfAbsent(outcome, k -> new int[2])[0]++;
        services.add((int) Duration.between(
                        Instant.parse(fin.json().get("startedAt").asText()),
                        Instant.parse(fin.json().get("finishedAt").asText()))
                .toSeconds());
        // the customer's own answers on the feedback terminal
        int rating = 1 + (d + i * 2) % 5;
        Map<String, Object> answer = new HashMap<>();
        answer.put("rating", rating);
        answer.put("language", "fi");
        answer.put("trackingCode", t.get("trackingCode").asText());
        String said = OUTCOMES[(d + 2 * i) % 3];
        answer.put("outcome", said);
        boolean alone = (d + i) % 3 != 0;
        answer.put("couldDoAlone", alone);
        String reason = REASONS[(d + i) % REASONS.length];
        if (!alone) {
            answer.put("notAloneReason", reason);
        }
        if ((d + i) % 2 == 0) {
            answer.put("comment", "kommentti " + d);
        }
        int safe = 1 + (d * 3 + i) % 5;
        answer.put("perceivedSafety", safe);
        Api.Resp fb = api.post("/api/v1/points/mikkeli/feedback", "demo-feedback-mikkeli", answer);
        assertThat(fb.status()).as(fb.toString()).isEqualTo(201);
        ratings[rating]++;
        safety[safe]++;
        outcomes.computeIfAbsent(said, k -> new int[2])[1]++;
        if (alone) {
            yes++;
        } else {
            no++;
            reasons.merge(reason, 1, Integer::sum);
        }
        if (answer.containsKey("comment")) {
            comments++;
            if (rating >= 4) {
                positive++;
            } else if (rating <= 2) {
                negative++;
            }
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static LuukkuClient client(String token) {
        // the first export loads POI/PDFBox: on a loaded 2-core machine that exceeds the apps' 10 s read timeout
        okhttp3.OkHttpClient slow = LuukkuClient.defaultHttpClient()
                .newBuilder()
                .readTimeout(Duration.ofSeconds(90))
                .build();
        return new LuukkuClient(server.baseUrl(), () -> token, slow, Api.MAPPER);
    }

    static long percentile(List<Integer> values, double p) {
        List<Integer> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((int) Math.ceil(p * sorted.size()) - 1);
    }

    static double mean(int[] counts) {
        long sum = 0;
        long n = 0;
        for (int i = 1; i <= 5; i++) {
            sum += (long) i * counts[i];
            n += counts[i];
        }
        return (double) sum / n;
    }

    @Test
    void everyMetricOfTheMonthMatchesWhatWasRecorded() {
        MetricsReportDto r = client(api.login("supervisor")).metricsReport("point:mikkeli", FROM, TO, "fi");
        MetricsReportDto.Figures f = r.totals();
        MetricsReportDto.Visits v = f.visits();
        assertThat(v.issued()).isEqualTo(issued);
        assertThat(v.served()).isEqualTo(served);
        assertThat(v.noShows()).isEqualTo(noShows);
        assertThat(v.called()).isEqualTo(waits.size());
        long waitSum = waits.stream().mapToLong(Integer::longValue).sum();
        assertThat(v.meanWaitSeconds()).isEqualTo(Math.round((double) waitSum / waits.size()));
        assertThat(v.medianWaitSeconds()).isEqualTo(percentile(waits, 0.5));
        assertThat(v.p90WaitSeconds()).isEqualTo(percentile(waits, 0.9));
        assertThat(v.shareWithinTarget()).isCloseTo((double) withinTarget / waits.size(), within(0.0001));
        long serviceSum = services.stream().mapToLong(Integer::longValue).sum();
        assertThat(v.meanServiceSeconds()).isEqualTo(Math.round((double) serviceSum / services.size()));

        MetricsReportDto.Satisfaction s = f.satisfaction();
        assertThat(s.answers()).isEqualTo(served);
        assertThat(s.mean()).isCloseTo(mean(ratings), within(0.005));
        for (int i = 1; i <= 5; i++) {
            assertThat(s.distribution().get(Integer.toString(i)))
                    .as("rating " + i)
                    .isEqualTo(ratings[i]);
            assertThat(f.rightService().distribution().get(Integer.toString(i))).isEqualTo(assessments[i]);
            assertThat(f.perceivedSafety().distribution().get(Integer.toString(i)))
                    .isEqualTo(safety[i]);
        }
        assertThat(s.comments()).isEqualTo(comments);
        assertThat(s.positiveComments()).isEqualTo(positive);
        assertThat(s.negativeComments()).isEqualTo(negative);
        assertThat(s.positiveRatio()).isCloseTo((double) positive / (positive + negative), within(0.0001));
        assertThat(f.rightService().mean()).isCloseTo(mean(assessments), within(0.005));
        assertThat(f.perceivedSafety().mean()).isCloseTo(mean(safety), within(0.005));
        assertThat(r.safety().perceived()).isEqualTo(f.perceivedSafety());
        for (MetricsReportDto.OutcomeRow o : f.outcomes()) {
            int[] expected = outcomes.getOrDefault(o.outcome(), new int[2]);
            assertThat(new int[] {o.advisor(), o.customer()}).as(o.outcome()).containsExactly(expected);
        }
        assertThat(f.confidence().yes()).isEqualTo(yes);
        assertThat(f.confidence().no()).isEqualTo(no);
        assertThat(f.confidence().reasons()).isEqualTo(reasons);

        assertThat(r.safety().incidents()).isEqualTo(incidents);
        assertThat(r.safety().resolved()).isEqualTo(resolved);
        assertThat(r.support().supportLevels()).isEqualTo(levels);
        assertThat(r.support().lifeEvents()).isEqualTo(lifeEvents);
        assertThat(r.support().chains()).isEqualTo(chains);
        Map<String, Integer> refs = new TreeMap<>();
        r.support()
                .referrals()
                .forEach(x -> refs.put(x.kind() + "/" + (x.target() == null ? "" : x.target()), x.count()));
        assertThat(refs).isEqualTo(referrals);
        Map<String, Integer> ev = new TreeMap<>();
        for (MetricsReportDto.ServiceEventRow e : r.serviceEvents()) {
            ev.put(e.authorityId() + "/" + e.typeId(), e.count());
            assertThat(e.totalMinutes()).isEqualTo((long) e.count() * e.nominalMinutes());
        }
        assertThat(ev).isEqualTo(events);

        Map<LocalDate, Integer> perDay = new TreeMap<>();
        r.days().stream()
                .filter(x -> x.visits().issued() > 0)
                .forEach(x -> perDay.put(x.day(), x.visits().issued()));
        assertThat(perDay).isEqualTo(issuedPerDay);
        assertThat(r.days()).hasSize(31);
        assertThat(r.waitByHourWeekday().stream()
                        .mapToInt(MetricsReportDto.HourWeekdayCell::tickets)
                        .sum())
                .isEqualTo(issued);
        assertThat(r.points()).singleElement().satisfies(p -> {
            assertThat(p.region()).isEqualTo("Etelä-Savo");
            assertThat(p.figures()).isEqualTo(f);
        });
        // opening hours: Mikkeli is open on weekdays 9-16 in the demo (22 weekdays in March 2026)
        MetricsReportDto.Availability own = r.availability().stream()
                .filter(a -> a.authorityId() == null)
                .findFirst()
                .orElseThrow();
        assertThat(own.openDays()).isEqualTo(22);
        // nothing personal
        String json = api.get("/api/v1/reports/metrics?from=" + FROM + "&to=" + TO + "&scope=point:mikkeli", admin)
                .body();
        assertThat(json).doesNotContain("secret note").doesNotContain("kommentti");
    }

    @Test
    void billingFollowsThePilotWithThePriceInForceOnEachDay() {
        long early = api.get("/api/v1/admin/unitPrices/kela-documents-2014", admin)
                .json()
                .get("priceCents")
                .asLong();
        BillingReport b = client(admin).billingReport("point:mikkeli", FROM, TO, "fi");
        BillingReport.PointBill p = b.points().get(0);
        assertThat(p.baseFee()).isEqualByComparingTo("11707.00");
        assertThat(p.training()).isEqualByComparingTo("5308.00");
        BillingReport.AuthorityBill kela = p.authorities().stream()
                .filter(a -> a.authorityId().equals("kela"))
                .findFirst()
                .orElseThrow();
        long kelaCents = early * kelaDocsEarly + 555L * kelaDocsLate;
        assertThat(kela.total()).isEqualByComparingTo(BigDecimal.valueOf(kelaCents, 2));
        assertThat(kela.eventCount()).isEqualTo(kelaDocsEarly + kelaDocsLate);
        assertThat(kela.events())
                .extracting(BillingReport.EventLine::unitPrice)
                .containsExactlyInAnyOrder(BigDecimal.valueOf(early, 2), new BigDecimal("5.55"));
        BigDecimal events = p.authorities().stream()
                .map(BillingReport.AuthorityBill::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(p.eventsTotal()).isEqualByComparingTo(events);
        assertThat(p.total()).isEqualByComparingTo(new BigDecimal("17015.00").add(events));
        assertThat(b.total()).isEqualByComparingTo(p.total());
        // a half month is half the monthly fees
        BillingReport half = client(admin).billingReport("point:mikkeli", FROM, LocalDate.of(2026, 3, 15), "fi");
        assertThat(half.points().get(0).baseFee())
                .isEqualByComparingTo(new BigDecimal("11707.00")
                        .multiply(BigDecimal.valueOf(15))
                        .divide(BigDecimal.valueOf(31), 2, java.math.RoundingMode.HALF_UP));

        // the exports carry the same numbers
        LuukkuClient c = client(admin);
        byte[] pdf = c.exportReport(ReportKind.BILLING, ReportFormat.PDF, "point:mikkeli", FROM, TO, "fi");
        String text = pdfText(pdf);
        assertThat(text)
                .contains("Perusosa: 11707,00 €")
                .contains("Koulutuskorvaus: 5308,00 €")
                .contains("Yhteensä: " + p.total().toPlainString().replace('.', ',') + " €")
                .contains("Kela: " + kela.eventCount() + " / "
                        + kela.total().toPlainString().replace('.', ',') + " €");
        String en = pdfText(c.exportReport(ReportKind.BILLING, ReportFormat.PDF, "point:mikkeli", FROM, TO, "en"));
        assertThat(en).contains("Base fee: €11707.00").contains("Training compensation: €5308.00");
        List<CSVRecord> csv =
                csv(c.exportReport(ReportKind.BILLING, ReportFormat.CSV, "point:mikkeli", FROM, TO, "sv"));
        assertThat(csv.get(0).get(8)).isEqualTo("11707.00");
        assertThat(csv.get(csv.size() - 1).get(8)).isEqualTo(b.total().toPlainString());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                c.exportReport(ReportKind.BILLING, ReportFormat.XLSX, "point:mikkeli", FROM, TO, "en")))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("Amount");
            assertThat(sheet.getRow(2).getCell(8).getNumericCellValue()).isEqualTo(11707.00);
            Row last = sheet.getRow(sheet.getLastRowNum());
            assertThat(BigDecimal.valueOf(last.getCell(8).getNumericCellValue()))
                    .isEqualByComparingTo(b.total());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theMetricsExportsCarryTheReportsNumbers() throws Exception {
        LuukkuClient c = client(admin);
        MetricsReportDto r = c.metricsReport("point:mikkeli", FROM, TO, "sv");
        Map<String, String> byMetric = new HashMap<>();
        for (CSVRecord rec :
                csv(c.exportReport(ReportKind.METRICS, ReportFormat.CSV, "point:mikkeli", FROM, TO, "sv"))) {
            if (rec.get(0).equals("scope")) {
                byMetric.put(rec.get(3), rec.get(4));
            }
        }
        assertThat(byMetric.get("issued")).isEqualTo(Integer.toString(issued));
        assertThat(byMetric.get("wait.medianSeconds")).isEqualTo(Long.toString(percentile(waits, 0.5)));
        assertThat(byMetric.get("satisfaction.mean"))
                .isEqualTo(r.totals().satisfaction().mean().toString());
        assertThat(byMetric.get("comments.negative")).isEqualTo(Integer.toString(negative));
        assertThat(byMetric.get("perceivedSafety.answers")).isEqualTo(Integer.toString(served));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                c.exportReport(ReportKind.METRICS, ReportFormat.XLSX, "point:mikkeli", FROM, TO, "sv")))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Mätare");
            Map<String, Double> x = new HashMap<>();
            for (int i = 2; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                if (row.getCell(0).getStringCellValue().equals("scope") && row.getCell(4) != null) {
                    x.put(row.getCell(3).getStringCellValue(), row.getCell(4).getNumericCellValue());
                }
            }
            assertThat(x.get("served")).isEqualTo((double) served);
            assertThat(x.get("wait.p90Seconds")).isEqualTo((double) percentile(waits, 0.9));
            assertThat(x.get("confidence.no")).isEqualTo((double) no);
        }
    }

    @Test
    void scopesAndAccessAndBadParameters() {
        String sup = api.login("supervisor");
        List<ReportScopeDto> mine = client(sup).reportScopes();
        assertThat(mine).extracting(ReportScopeDto::scope).contains("point:mikkeli", "point:mikkeli/authority:kela");
        assertThat(mine).extracting(ReportScopeDto::scope).allMatch(s -> s.startsWith("point:mikkeli"));
        List<ReportScopeDto> all = client(admin).reportScopes();
        assertThat(all)
                .extracting(ReportScopeDto::scope)
                .contains("national", "region:Etelä-Savo", "point:pelkosenniemi");
        String q = "?from=2026-03-01&to=2026-03-31";
        assertThat(api.get("/api/v1/reports/metrics" + q + "&scope=national", sup)
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/reports/billing" + q + "&scope=point:pelkosenniemi", sup)
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/reports/metrics" + q + "&scope=point:mikkeli", api.login("advisor1"))
                        .status())
                .isEqualTo(403);
        Api.Resp unknown = api.get("/api/v1/reports/metrics" + q + "&scope=point:mikkeli&month=2026-03", sup);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("month");
        Api.Resp tooLong = api.get("/api/v1/reports/billing?from=2025-01-01&to=2026-01-02&scope=national", admin);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("366");
        assertThat(api.get("/api/v1/reports/metrics?from=2026-3-1&to=2026-03-31&scope=national", admin)
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/reports/metrics" + q + "&scope=planet", admin)
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/reports/metrics" + q + "&scope=national&lang=de", admin)
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/reports/metrics.csv" + q, admin).status()).isEqualTo(400);
        MetricsReportDto national = client(admin).metricsReport("national", FROM, TO, "en");
        assertThat(national.totals().visits().issued()).isEqualTo(issued);
        assertThat(national.regions())
                .extracting(MetricsReportDto.Breakdown::id)
                .contains("Etelä-Savo");
    }

    @Test
    void anEventOfAnAuthorityThePointDoesNotHostIsRefused() {
        String sup = api.login("pelkosenniemi-supervisor");
        JsonNode t = api.issue("pelkosenniemi", "pelkosenniemi-neuvonta-en-tieda");
        String id = t.get("id").asText();
        api.post("/api/v1/tickets/" + id + "/call", sup, Map.of("deskId", "pelkosenniemi-1"));
        Api.Resp r = api.post(
                "/api/v1/tickets/" + id + "/service-events", sup, Map.of("typeId", "documents", "authorityId", "dvv"));
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.body()).contains("authorityId");
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        BillingReport b = client(admin).billingReport("point:pelkosenniemi", today, today, "fi");
        assertThat(b.points().get(0).authorities())
                .noneMatch(a -> a.authorityId().equals("dvv"));
        assertThat(b.points().get(0).eventsTotal()).isEqualByComparingTo("0");
    }

    static String pdfText(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    static List<CSVRecord> csv(byte[] bytes) {
        try (CSVParser p = CSVParser.parse(
                new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8),
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get())) {
            return p.getRecords();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
