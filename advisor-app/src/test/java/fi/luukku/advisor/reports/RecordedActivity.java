package fi.luukku.advisor.reports;

import fi.luukku.advisor.Session;
import fi.luukku.core.api.DeskDto;
import fi.luukku.core.api.FeedbackRequest;
import fi.luukku.core.api.FinishRequest;
import fi.luukku.core.api.FreeTimeRequest;
import fi.luukku.core.api.IssueTicketRequest;
import fi.luukku.core.api.LoginRequest;
import fi.luukku.core.api.LoginResponse;
import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.api.ServiceDto;
import fi.luukku.core.api.ServiceEventDto;
import fi.luukku.core.api.ServiceEventTypeDto;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.json.JsonMapper;
import fi.luukku.service.testing.TestServer;
import java.util.List;

/**
 * Activity recorded through the real API of an in-process service, as a point's devices and advisors make it:
 * tickets issued at the kiosk, called, served and finished with an outcome, an assessment and service events,
 * one no-show, and anonymous feedback at the exit.
 */
final class RecordedActivity {
    static final String POINT = "mikkeli";

    private final TestServer server;

    RecordedActivity(TestServer server) {
        this.server = server;
    }

    LuukkuClient device(String token) {
        return new LuukkuClient(server.baseUrl(), () -> token, LuukkuClient.defaultHttpClient(), JsonMapper.create());
    }

    private void recordFreeTimes() {
        LuukkuClient supervisor = signIn("supervisor", null).client();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Helsinki"));
        for (int d = 0; d < 5; d++) {
            java.time.LocalDate day = today.minusDays(d);
            supervisor.recordFreeTime(
                    POINT,
                    POINT + "-kela-etuudet",
                    day,
                    new FreeTimeRequest(day.plusDays(3L * d).atTime(9, 30)));
            supervisor.recordFreeTime(
                    POINT, POINT + "-poliisi-passi", day, new FreeTimeRequest(d % 2 == 0 ? null : day.atTime(14, 0)));
        }
    }

    /** A signed-in staff member's client and session. */
    record Staff(LuukkuClient client, Session session) {}

    Staff signIn(String username, String deskId) {
        LoginResponse r = device(null).login(new LoginRequest(username, "demo", deskId));
        LuukkuClient client = device(r.token());
        DeskDto desk = deskId == null
                ? null
                : client.desks(r.pointId()).stream()
                        .filter(d -> d.id().equals(deskId))
                        .findFirst()
                        .orElseThrow();
        return new Staff(
                client,
                new Session(
                        r.username(), r.displayName(), Session.roleOf(r.role()), r.pointId(), r.authorityId(), desk));
    }

    /**
     * Serves {@code served} customers of the advice queue, leaves one as a no-show, records feedback, and reports the
     * free booking times of two services for the last days (ADR 0028).
     */
    void record(int served) {
        recordFreeTimes();
        LuukkuClient kiosk = device("demo-kiosk-" + POINT);
        LuukkuClient terminal = device("demo-feedback-" + POINT);
        LuukkuClient any = device(null);
        LoginResponse advisorLogin = any.login(new LoginRequest("advisor1", "demo", null));
        LuukkuClient probe = device(advisorLogin.token());
        String desk = probe.desks(POINT).get(0).id();
        Staff advisor = signIn("advisor1", desk);
        List<ServiceDto> services = kiosk.services(POINT);
        ServiceDto advice = services.stream()
                .filter(s -> s.queueId().equals(POINT + "-neuvonta"))
                .findFirst()
                .orElse(services.get(0));
        ServiceEventTypeDto type = advisor.client().serviceEventTypes(POINT).get(0);
        String authority = advice.authorityId() != null
                ? advice.authorityId()
                : advisor.client().authorities(POINT).get(0).id();
        for (int i = 0; i <= served; i++) {
            TicketDto t = kiosk.issueTicket(
                    POINT,
                    IssueTicketRequest.online(advice.id(), i % 2 == 0 ? "fi" : "sv", List.of()),
                    LuukkuClient.newKey());
            TicketDto called = advisor.client().call(t.id(), desk);
            if (i == served) {
                advisor.client().noShow(called.id());
                continue;
            }
            advisor.client().start(called.id());
            advisor.client()
                    .finish(
                            called.id(),
                            new FinishRequest(
                                    i % 3 == 0 ? "STARTED" : "HANDLED",
                                    1 + i % 5,
                                    List.of(new ServiceEventDto(null, type.id(), authority, 1, null)),
                                    null));
            terminal.sendFeedback(
                    POINT,
                    new FeedbackRequest(
                            1 + (i * 2) % 5,
                            "HANDLED",
                            i % 2 == 0,
                            null,
                            null,
                            "fi",
                            t.trackingCode(),
                            "terminal",
                            null,
                            3 + i % 3),
                    LuukkuClient.newKey());
        }
    }
}
