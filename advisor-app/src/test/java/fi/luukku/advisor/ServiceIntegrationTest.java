package fi.luukku.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.advisor.console.ConsoleViewModel;
import fi.luukku.advisor.drafts.MemoryDraftStore;
import fi.luukku.advisor.help.AlertSound;
import fi.luukku.advisor.live.LiveLink;
import fi.luukku.advisor.live.PointState;
import fi.luukku.advisor.live.ScheduledDelayer;
import fi.luukku.advisor.login.LoginViewModel;
import fi.luukku.advisor.service.HttpServiceGateway;
import fi.luukku.advisor.service.SessionToken;
import fi.luukku.advisor.testing.UiThreadTaskRunner;
import fi.luukku.core.api.HelpRequestCreate;
import fi.luukku.core.api.IssueTicketRequest;
import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.api.ServiceDto;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.domain.Outcome;
import fi.luukku.core.domain.ReferralKind;
import fi.luukku.core.domain.TicketStatus;
import fi.luukku.core.i18n.Language;
import fi.luukku.core.json.JsonMapper;
import fi.luukku.service.testing.TestServer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The console's view models against the real central service over HTTP and server-sent events. */
class ServiceIntegrationTest {
    private static TestServer server;
    private final UiThreadTaskRunner runner = new UiThreadTaskRunner();
    private final ScheduledDelayer delayer = new ScheduledDelayer();
    private final List<ConsoleViewModel> consoles = new ArrayList<>();
    private LuukkuClient kiosk;

    @BeforeAll
    static void startService() {
        server = TestServer.start();
    }

    @AfterAll
    static void stopService() {
        server.close();
    }

    @AfterEach
    void closeConsoles() {
        consoles.forEach(ConsoleViewModel::close);
        runner.close();
        delayer.close();
    }

    /** A supervisor's client: staff reads return the whole ticket, triage included. */
    private LuukkuClient staff() {
        LuukkuClient anonymous =
                new LuukkuClient(server.baseUrl(), () -> null, LuukkuClient.defaultHttpClient(), JsonMapper.create());
        String token = anonymous
                .login(new fi.luukku.core.api.LoginRequest("supervisor", "demo", null))
                .token();
        return new LuukkuClient(server.baseUrl(), () -> token, LuukkuClient.defaultHttpClient(), JsonMapper.create());
    }

    private LuukkuClient kiosk() {
        if (kiosk == null) {
            kiosk = new LuukkuClient(
                    server.baseUrl(),
                    () -> "demo-kiosk-mikkeli",
                    LuukkuClient.defaultHttpClient(),
                    JsonMapper.create());
        }
        return kiosk;
    }

    private record Console(ConsoleViewModel vm, AtomicInteger sounds) {}

    /** Signs in through the login view model, as the app does, and opens the console at the desk. */
    private Console signIn(String user, String desk, Language language) {
        SessionToken token = new SessionToken(null);
        LuukkuClient client =
                new LuukkuClient(server.baseUrl(), token, LuukkuClient.defaultHttpClient(), JsonMapper.create());
        HttpServiceGateway gateway = new HttpServiceGateway(client, token);
        AtomicReference<Session> session = new AtomicReference<>();
        Texts texts = Texts.of(language);
        LoginViewModel login = new LoginViewModel(gateway, runner, token, texts, "mikkeli", session::set);
        runner.uiRun(() -> {
            login.preferDesk(desk);
            login.usernameProperty().set(user);
            login.passwordProperty().set("demo");
            login.login();
        });
        runner.await("signed in as " + user, () -> session.get() != null);
        AtomicInteger sounds = new AtomicInteger();
        AlertSound sound = sounds::incrementAndGet;
        ConsoleViewModel vm = runner.ui(() -> {
            LiveLink link = new LiveLink(
                    gateway, runner, delayer, new PointState(JsonMapper.create()), "mikkeli", Duration.ofMillis(200));
            ConsoleViewModel c = new ConsoleViewModel(
                    session.get(),
                    texts,
                    gateway,
                    runner,
                    link,
                    new MemoryDraftStore(),
                    sound,
                    Clock.systemUTC(),
                    "Mikkeli");
            c.start();
            return c;
        });
        consoles.add(vm);
        runner.await(
                "console online with its catalog",
                () -> vm.link().isOnline()
                        && !vm.catalog().eventTypes().isEmpty()
                        && vm.link().state().loadedProperty().get());
        return new Console(vm, sounds);
    }

    private TicketDto issueAdviceTicket(String language) {
        ServiceDto advice = kiosk().services("mikkeli").stream()
                .filter(s -> s.queueId().equals("mikkeli-neuvonta"))
                .findFirst()
                .orElseThrow();
        return kiosk().issueTicket(
                        "mikkeli",
                        IssueTicketRequest.online(advice.id(), language, List.of("HEARING")),
                        LuukkuClient.newKey());
    }

    @Test
    void signInCallTriageRecordAndFinishOverRealHttpAndEvents() {
        Console c = signIn("advisor1", "mikkeli-1", Language.EN);
        assertThat(c.vm().session().role().name()).isEqualTo("ADVISOR");
        TicketDto t = issueAdviceTicket("sv");
        var desk = c.vm().desk();
        runner.await("the ticket arrives over the stream", () -> desk.queues().waiting().stream()
                .anyMatch(w -> w.id().equals(t.id())));

        runner.uiRun(() -> {
            // older tickets of this shared server may wait first: call until ours comes
            desk.callNext();
        });
        runner.await("called", () -> desk.current() != null);
        while (!runner.ui(() -> desk.current().id().equals(t.id()))) {
            runner.uiRun(() -> {
                desk.noShow(); // the first press asks, the second confirms
                desk.noShow();
            });
            // the stream may free the desk before the no-show call's own answer does: wait for both
            runner.await(
                    "freed",
                    () -> desk.current() == null && !desk.busyProperty().get());
            runner.uiRun(desk::callNext);
            runner.await("called", () -> desk.current() != null);
        }
        runner.uiRun(() -> {
            desk.start();
        });
        // the stream may say "serving" before the start call's own answer frees the desk: wait for both
        runner.await(
                "serving",
                () -> desk.current().status() == TicketStatus.SERVING
                        && !desk.busyProperty().get());
        runner.uiRun(() -> {
            desk.triage().authorityIdProperty().set("kela");
            desk.triage().topicProperty().set("asumistuki");
            desk.triage().setSupportLevel(2);
            desk.triage().notesProperty().set("liitteet puuttuvat");
            desk.serviceEvents().recordNumber(1);
            desk.serviceEvents().recordNumber(2);
            desk.finish().begin();
            desk.finish().chooseOutcome(Outcome.STARTED);
            desk.finish().chooseAssessment(4);
            desk.finish().confirm();
        });
        runner.await(
                "finished",
                () -> desk.current() == null && desk.status().errorProperty().get() == null);

        // triage is staff-only: devices such as the kiosk get the ticket without it
        TicketDto done = staff().ticket(t.id());
        assertThat(kiosk().ticket(t.id()).triage()).isNull();
        assertThat(done.status()).isEqualTo(TicketStatus.FINISHED);
        assertThat(done.triage().topic()).isEqualTo("asumistuki");
        assertThat(done.triage().supportLevel()).isEqualTo(2);
        assertThat(done.triage().authorityId()).isEqualTo("kela");

        runner.uiRun(() -> c.vm().statistics().setShowing(true));
        runner.await("statistics", () -> !c.vm().statistics().rows().isEmpty());
        assertThat(runner.ui(() -> c.vm().statistics().rows().stream()
                        .filter(r -> r.name().equals("finished"))
                        .findFirst()
                        .orElseThrow()
                        .value()))
                .isNotEqualTo("0");
    }

    @Test
    void aHelpAlertReachesTwoConsolesAndOneAcknowledgementClearsBoth() {
        Console one = signIn("advisor1", "mikkeli-1", Language.FI);
        Console two = signIn("advisor2", "mikkeli-2", Language.SV);
        var help = kiosk().requestHelp(
                        "mikkeli", new HelpRequestCreate("kiosk", "Aula, asiakaspääte 2", "fi"), LuukkuClient.newKey());

        runner.await("alert at console one", () -> one.vm().help().alerts().stream()
                .anyMatch(h -> h.id().equals(help.id())));
        runner.await("alert at console two", () -> two.vm().help().alerts().stream()
                .anyMatch(h -> h.id().equals(help.id())));
        assertThat(one.sounds().get()).isPositive();
        assertThat(two.sounds().get()).isPositive();

        runner.uiRun(() -> two.vm().help().alerts().stream()
                .filter(h -> h.id().equals(help.id()))
                .findFirst()
                .ifPresent(two.vm().help()::acknowledge));

        runner.await("cleared at console two", () -> two.vm().help().alerts().stream()
                .noneMatch(h -> h.id().equals(help.id())));
        runner.await("cleared at console one", () -> one.vm().help().alerts().stream()
                .noneMatch(h -> h.id().equals(help.id())));
    }

    @Test
    void aKiosksPrinterFaultReachesTheDeskAtOnce() throws Exception {
        Console one = signIn("advisor1", "mikkeli-1", Language.EN);
        var request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(server.baseUrl() + "/api/v1/points/mikkeli/heartbeat"))
                .header("Authorization", "Bearer demo-kiosk-mikkeli")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"version\":\"test\",\"uptimeSeconds\":5,\"printer\":\"PAPER_OUT\",\"outboxBacklog\":0}"))
                .build();
        int status = java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.discarding())
                .statusCode();
        assertThat(status).isBetween(200, 204);
        runner.await("the desk is told", () -> {
            String error = one.vm().desk().status().errorProperty().get();
            return error != null && error.contains("printer is out of paper");
        });
    }

    @Test
    void theConsoleFollowsACatalogueChangeWithoutARestart() {
        Console one = signIn("advisor1", "mikkeli-1", Language.EN);
        fi.luukku.core.api.AdminClient admin = new fi.luukku.core.api.AdminClient(staff());
        com.fasterxml.jackson.databind.node.ObjectNode desk = admin.get("desks", "mikkeli-2");
        String name = "Desk renamed " + System.nanoTime();
        ((com.fasterxml.jackson.databind.node.ObjectNode) desk.get("name")).put("en", name);
        admin.put("desks", "mikkeli-2", desk);
        assertThat(staff().desks("mikkeli").toString())
                .as("the service serves the new name")
                .contains(name);
        runner.await("the console shows the new desk name", () -> one.vm().catalog().desks().stream()
                .anyMatch(d -> d.id().equals("mikkeli-2") && d.name().toString().contains(name)));
    }

    @Test
    void aTicketCalledByAnotherDeskFirstGivesAClearMessage() {
        Console one = signIn("advisor1", "mikkeli-1", Language.EN);
        Console two = signIn("advisor2", "mikkeli-2", Language.EN);
        TicketDto t = issueAdviceTicket("fi");
        runner.await("waiting at two", () -> two.vm().desk().queues().waiting().stream()
                .anyMatch(w -> w.id().equals(t.id())));
        runner.uiRun(() -> two.vm().desk().queues().selectedWaitingProperty().set(t));

        // desk one calls it directly, as if its advisor clicked a moment earlier
        runner.uiRun(() -> {
            one.vm().desk().queues().selectedWaitingProperty().set(t);
            one.vm().desk().callChosen();
        });
        runner.await("one has it", () -> one.vm().desk().current() != null);
        runner.uiRun(() -> {
            two.vm().desk().queues().selectedWaitingProperty().set(t);
            two.vm().desk().callChosen();
        });
        runner.await(
                "two is told", () -> two.vm().desk().status().errorProperty().get() != null);
        assertThat(runner.ui(() -> two.vm().desk().status().errorProperty().get()))
                .startsWith("Call chosen: Someone else changed this ticket first")
                .doesNotContain("Exception");
        assertThat(runner.ui(() -> two.vm().desk().current())).isNull();
        runner.uiRun(() -> {
            one.vm().desk().noShow(); // the first press asks, the second confirms
            one.vm().desk().noShow();
        });
    }

    @Test
    void aNoShowIsTakenBackOverRealHttpAndTheTicketWaitsAgain() {
        Console c = signIn("advisor4", "mikkeli-1", Language.EN);
        TicketDto t = issueAdviceTicket("fi");
        var desk = c.vm().desk();
        runner.await("waiting", () -> desk.queues().waiting().stream().anyMatch(w -> w.id().equals(t.id())));
        runner.uiRun(() -> {
            desk.queues().selectedWaitingProperty().set(t);
            desk.callChosen();
        });
        // this very ticket (a desk may still show a ticket another test left called there)
        runner.await(
                "called", () -> desk.current() != null && desk.current().id().equals(t.id()));
        runner.uiRun(() -> {
            desk.noShow();
            desk.noShow();
        });
        runner.await("undoable", () -> desk.noShows().canUndo().get());
        runner.uiRun(() -> desk.noShows().undo());
        runner.await("waiting again", () -> desk.queues().waiting().stream()
                .anyMatch(w -> w.id().equals(t.id()) && w.deskId() == null));
        assertThat(runner.ui(() -> desk.status().messageProperty().get())).contains(t.number());
    }

    @Test
    void referralToADigitalSupportProviderGivesASlipInTheCustomersLanguage() {
        Console c = signIn("advisor3", "mikkeli-3", Language.FI);
        TicketDto t = issueAdviceTicket("sv");
        var desk = c.vm().desk();
        runner.await("waiting", () -> desk.queues().waiting().stream().anyMatch(w -> w.id().equals(t.id())));
        runner.uiRun(() -> {
            desk.queues().selectedWaitingProperty().set(t);
            desk.callChosen();
        });
        runner.await("called", () -> desk.current() != null);
        var referral = c.vm().referral();
        runner.uiRun(() -> {
            referral.begin();
            referral.chooseKind(ReferralKind.EXTERNAL_PROVIDER);
        });
        assertThat(runner.ui(() -> referral.targets().size())).isPositive();
        runner.uiRun(() -> {
            referral.instructionsProperty().set("Ta med telefonen.");
            referral.confirm();
        });
        runner.await("slip", () -> referral.slipProperty().get() != null);
        var slip = runner.ui(() -> referral.slipProperty().get());
        assertThat(slip.language()).isEqualTo("sv");
        assertThat(slip.serviceText()).contains("Du får mer hjälp här").contains("Ta med telefonen.");
        assertThat(slip.qrContent()).startsWith("http");
        runner.uiRun(() -> {
            desk.noShow(); // the first press asks, the second confirms
            desk.noShow();
        });
    }

    @Test
    void whenTheServiceStopsTheConsoleGoesOfflineKeepsTheTypingAndRecovers() {
        Console c = signIn("advisor4", "mikkeli-4", Language.EN);
        var desk = c.vm().desk();
        server.stop();
        try {
            runner.await("offline", () -> !c.vm().link().isOnline());
            runner.uiRun(desk::callNext); // disabled: nothing happens, nothing breaks
            assertThat(runner.ui(() -> desk.actions().canCallNext().get())).isFalse();
        } finally {
            server.restart();
        }
        runner.await("online again by itself", () -> c.vm().link().isOnline());
        assertThat(runner.ui(() -> desk.actions().canCallNext().get())).isTrue();
    }
}
