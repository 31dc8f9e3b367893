package fi.luukku.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.api.report.MetricsReportDto;
import fi.luukku.core.api.report.ReportFormat;
import fi.luukku.core.api.report.ReportKind;
import fi.luukku.core.api.report.ReportScopeDto;
import fi.luukku.core.testing.MutableClock;
import fi.luukku.service.support.Api;
import fi.luukku.service.testing.TestServer;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Free booking times (issue 12, ADR 0028): reported through the API by an authority's expert and a supervisor,
 * refused when malformed or not theirs, and turned into the report's share of days with a free time within N days,
 * which this test computes itself from what it reported.
 */
class FreeTimesTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");
    static final LocalDate FROM = LocalDate.of(2026, 3, 1);
    static final LocalDate TO = LocalDate.of(2026, 3, 31);
    static final String KELA = "mikkeli-kela-etuudet";
    static final String PASSI = "mikkeli-poliisi-passi";

    static MutableClock clock = new MutableClock(
            LocalDate.of(2026, 3, 31).atTime(LocalTime.of(12, 0)).atZone(ZONE).toInstant());
    static TestServer server;
    static Api api;
    static int kelaObserved;
    static int kelaFree;
    static int passiObserved;
    static int passiFree;

    @BeforeAll
    static void reportAMonth() {
        // the default horizon is 14 days; the passport service's own is 30
        server = TestServer.start(Map.of("reports.bookingHorizons", "service:" + PASSI + "=30"), clock);
        api = new Api(server.baseUrl());
        String expert = api.login("expert-kela");
        String sup = api.login("supervisor");
        for (int d = 2; d <= 27; d++) {
            LocalDate day = LocalDate.of(2026, 3, d);
            // Kela: a free time d % 20 days ahead, none within the horizon on every seventh day
            String kela =
                    d % 7 == 0 ? "{\"firstFree\":null}" : "{\"firstFree\":\"" + day.plusDays(d % 20) + "T09:15\"}";
            put(expert, KELA, day, kela);
            kelaObserved++;
            if (d % 7 != 0 && d % 20 <= 14) {
                kelaFree++;
            }
            if (d % 3 == 0) { // the police's calendar is looked at on some days only, by the supervisor
                int ahead = 10 + d;
                put(sup, PASSI, day, "{\"firstFree\":\"" + day.plusDays(ahead) + "T13:00\"}");
                passiObserved++;
                if (ahead <= 30) {
                    passiFree++;
                }
            }
        }
        api.issue("mikkeli", KELA); // one visit to Kela and two to the police, for the authority scope
        api.issue("mikkeli", PASSI);
        api.issue("mikkeli", PASSI);
        // a day reported twice: the later report replaces the earlier (7 was "none" above)
        put(expert, KELA, LocalDate.of(2026, 3, 7), "{\"firstFree\":\"2026-03-09T08:00\"}");
        kelaFree++;
    }

    static void put(String token, String service, LocalDate day, String body) {
        Api.Resp r = api.put(path(service, day.toString()), token, body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    static String path(String service, String day) {
        return "/api/v1/points/mikkeli/services/" + service + "/free-times/" + day;
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static LuukkuClient client(String token) {
        okhttp3.OkHttpClient slow = LuukkuClient.defaultHttpClient()
                .newBuilder()
                .readTimeout(Duration.ofSeconds(90))
                .build();
        return new LuukkuClient(server.baseUrl(), () -> token, slow, Api.MAPPER);
    }

    @Test
    void theReportGivesTheShareOfObservedDaysWithAFreeTimeWithinTheHorizon() {
        MetricsReportDto r = client(api.login("supervisor")).metricsReport("point:mikkeli", FROM, TO, "en");
        MetricsReportDto.Availability kela = row(r, "kela");
        assertThat(kela.bookable()).singleElement().satisfies(s -> {
            assertThat(s.serviceId()).isEqualTo(KELA);
            assertThat(s.horizonDays()).isEqualTo(14);
            assertThat(s.observedDays()).isEqualTo(kelaObserved);
            assertThat(s.daysWithFreeTime()).isEqualTo(kelaFree);
            assertThat(s.share()).isEqualTo(round4((double) kelaFree / kelaObserved));
        });
        assertThat(kela.bookableDayShare()).isEqualTo(round4((double) kelaFree / kelaObserved));
        MetricsReportDto.Availability police = row(r, "poliisi");
        assertThat(police.bookable()).singleElement().satisfies(s -> {
            assertThat(s.horizonDays()).isEqualTo(30);
            assertThat(s.observedDays()).isEqualTo(passiObserved);
            assertThat(s.daysWithFreeTime()).isEqualTo(passiFree);
        });
        MetricsReportDto.Availability point = row(r, null);
        assertThat(point.bookableDayShare())
                .isEqualTo(round4((double) (kelaFree + passiFree) / (kelaObserved + passiObserved)));
        // nothing observed in another month: no bookable figure
        MetricsReportDto april = client(api.login("supervisor"))
                .metricsReport("point:mikkeli", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30), "en");
        assertThat(april.availability()).allSatisfy(a -> {
            assertThat(a.bookableDayShare()).isNull();
            assertThat(a.bookable()).isEmpty();
        });
    }

    @Test
    void theCsvExportCarriesTheBookableFigures() throws Exception {
        byte[] csv = client(api.login("admin"))
                .exportReport(ReportKind.METRICS, ReportFormat.CSV, "point:mikkeli", FROM, TO, "fi");
        Map<String, String> values = new HashMap<>();
        String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
        for (CSVRecord rec : CSVFormat.DEFAULT
                .builder()
                .setDelimiter(text.contains(";") ? ';' : ',')
                .build()
                .parse(new StringReader(text))) {
            if (rec.size() >= 5 && rec.get(0).equals("bookable")) {
                values.put(rec.get(1) + " " + rec.get(3), rec.get(4));
            }
        }
        assertThat(values.get("mikkeli/kela/" + KELA + " observedDays")).isEqualTo(Integer.toString(kelaObserved));
        assertThat(values.get("mikkeli/kela/" + KELA + " daysWithFreeTime")).isEqualTo(Integer.toString(kelaFree));
        assertThat(values.get("mikkeli/poliisi/" + PASSI + " horizonDays")).isEqualTo("30");
    }

    @Test
    void theObservationsCanBeReadBack() {
        Api.Resp list = api.get("/api/v1/points/mikkeli/free-times?from=2026-03-07&to=2026-03-07", api.login("admin"));
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        JsonNode only = list.json();
        assertThat(only).hasSize(1);
        assertThat(only.get(0).get("serviceId").asText()).isEqualTo(KELA);
        assertThat(only.get(0).get("authorityId").asText()).isEqualTo("kela");
        assertThat(only.get(0).get("firstFree").asText()).startsWith("2026-03-09T08:00");
    }

    @Test
    void badOrForeignReportsAreRefusedAndChangeNothing() {
        String expert = api.login("expert-kela");
        String day = "2026-03-10";
        String before = api.get("/api/v1/points/mikkeli/free-times?from=" + day + "&to=" + day, expert)
                .body();
        String ok = "{\"firstFree\":\"2026-03-12T10:00\"}";
        Map<String, Api.Resp> refused = new java.util.LinkedHashMap<>();
        refused.put("malformed day 400", api.put(path(KELA, "2026-3-10"), expert, ok));
        refused.put("future day 400", api.put(path(KELA, "2026-04-01"), expert, ok));
        refused.put("too old 400", api.put(path(KELA, "2025-11-01"), expert, ok));
        refused.put("before the day 400", api.put(path(KELA, day), expert, "{\"firstFree\":\"2026-03-09T10:00\"}"));
        refused.put("not a time 400", api.put(path(KELA, day), expert, "{\"firstFree\":\"soon\"}"));
        refused.put("no body 400", api.put(path(KELA, day), expert, ""));
        refused.put("unknown service 404", api.put(path("mikkeli-ei-ole", day), expert, ok));
        refused.put("another point's service 404", api.put(path("kiiminki-kela-etuudet", day), expert, ok));
        refused.put("another authority 403", api.put(path(PASSI, day), expert, ok));
        refused.put("an advisor 403", api.put(path(KELA, day), api.login("advisor1"), ok));
        refused.put("another point's supervisor 403", api.put(path(KELA, day), api.login("kiiminki-supervisor"), ok));
        refused.put("no sign-in 401", api.put(path(KELA, day), null, ok));
        refused.forEach((what, r) -> {
            int status = Integer.parseInt(what.substring(what.length() - 3));
            assertThat(r.status()).as(what + ": " + r).isEqualTo(status);
            assertThat(r.isProblem()).as(what + " is problem+json").isTrue();
        });
        assertThat(api.get("/api/v1/points/mikkeli/free-times?from=" + day + "&to=" + day, expert)
                        .body())
                .isEqualTo(before);
    }

    @Test
    void theAuthorityScopeIsOfferedDrawnAndGuarded() {
        String sup = api.login("supervisor");
        String admin = api.login("admin");
        List<String> supScopes =
                client(sup).reportScopes().stream().map(ReportScopeDto::scope).toList();
        assertThat(supScopes).contains("point:mikkeli", "point:mikkeli/authority:kela");
        assertThat(supScopes).noneMatch(x -> x.startsWith("authority:") || x.contains("kiiminki"));
        List<ReportScopeDto> adminScopes = client(admin).reportScopes();
        assertThat(adminScopes)
                .filteredOn(x -> x.scope().equals("authority:kela"))
                .singleElement()
                .satisfies(x -> {
                    assertThat(x.kind()).isEqualTo("AUTHORITY");
                    assertThat(x.parent()).isEqualTo("national");
                });
        assertThat(adminScopes)
                .filteredOn(x -> x.scope().equals("point:mikkeli/authority:kela"))
                .singleElement()
                .satisfies(x -> assertThat(x.parent()).isEqualTo("point:mikkeli"));

        MetricsReportDto kela = client(sup).metricsReport("point:mikkeli/authority:kela", FROM, TO, "en");
        assertThat(kela.totals().visits().issued()).isEqualTo(1);
        assertThat(kela.availability())
                .allSatisfy(a -> assertThat(a.authorityId()).isIn(null, "kela"));
        assertThat(kela.availability()).anySatisfy(a -> assertThat(a.bookable())
                .extracting(MetricsReportDto.BookableService::serviceId)
                .containsExactly(KELA));
        MetricsReportDto police = client(admin).metricsReport("authority:poliisi", FROM, TO, "en");
        assertThat(police.totals().visits().issued()).isEqualTo(2);
        assertThat(police.points()).extracting(MetricsReportDto.Breakdown::id).contains("mikkeli");
        assertThat(police.authorities())
                .extracting(MetricsReportDto.Breakdown::id)
                .containsExactly("poliisi");
        var bill = client(admin).billingReport("authority:poliisi", FROM, TO, "en");
        assertThat(bill.points()).allSatisfy(p -> assertThat(p.authorities())
                .allSatisfy(b -> assertThat(b.authorityId()).isEqualTo("poliisi")));

        String q = "?from=2026-03-01&to=2026-03-31&scope=";
        assertThat(api.get("/api/v1/reports/metrics" + q + "authority:kela", sup)
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/reports/metrics" + q + "point:kiiminki/authority:kela", sup)
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/reports/metrics" + q + "authority:nobody", admin)
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/reports/metrics" + q + "point:mikkeli/authority:nobody", sup)
                        .status())
                .isEqualTo(400);
    }

    private static MetricsReportDto.Availability row(MetricsReportDto r, String authority) {
        return r.availability().stream()
                .filter(a -> a.pointId().equals("mikkeli") && java.util.Objects.equals(a.authorityId(), authority))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no availability row of " + authority + ": " + r.availability()));
    }

    private static double round4(double v) {
        return Math.round(v * 10000.0) / 10000.0;
    }
}
