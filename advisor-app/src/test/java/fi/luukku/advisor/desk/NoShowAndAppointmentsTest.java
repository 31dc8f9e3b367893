package fi.luukku.advisor.desk;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.advisor.drafts.DraftWriter;
import fi.luukku.advisor.drafts.FileDraftStore;
import fi.luukku.advisor.drafts.VisitDraft;
import fi.luukku.advisor.testing.FakeService;
import fi.luukku.advisor.testing.TestConsole;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.api.TriageDto;
import fi.luukku.core.domain.TicketStatus;
import fi.luukku.core.i18n.Language;
import fi.luukku.core.json.JsonMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoShowAndAppointmentsTest {
    private FakeService.MutableClock clock;
    private FakeService service;
    private DeskViewModel desk;

    @BeforeEach
    void setUp() {
        clock = new FakeService.MutableClock(Instant.parse("2026-11-20T08:00:00Z"));
        service = new FakeService(clock);
        desk = new TestConsole(service, service.desks.get(0), clock, Language.EN)
                .start()
                .vm
                .desk();
    }

    @Test
    void noShowAsksFirstAndAnotherActionCancelsTheQuestion() {
        service.issue("q-kela", "fi", List.of());
        desk.callNext();
        TicketDto t = desk.current();
        desk.noShow();
        assertThat(desk.noShows().armedProperty().get()).isTrue();
        assertThat(desk.status().messageProperty().get()).contains(t.number()).contains("F5");
        assertThat(service.ticketById(t.id()).status()).isEqualTo(TicketStatus.CALLED);
        clock.advance(Duration.ofSeconds(30)); // too late for the second press: it asks again
        desk.noShow();
        assertThat(service.ticketById(t.id()).status()).isEqualTo(TicketStatus.CALLED);
        desk.noShow();
        assertThat(service.ticketById(t.id()).status()).isEqualTo(TicketStatus.NO_SHOW);
    }

    @Test
    void aNoShowCanBeTakenBackForFiveMinutesAndTheTicketKeepsItsPlace() {
        TicketDto first = service.issue("q-kela", "fi", List.of());
        clock.advance(Duration.ofMinutes(1));
        service.issue("q-kela", "fi", List.of());
        desk.callNext();
        desk.noShow();
        desk.noShow();
        assertThat(desk.noShows().canUndo().get()).isTrue();
        clock.advance(Duration.ofMinutes(4));
        desk.queues().tick();
        desk.noShows().undo();
        assertThat(service.ticketById(first.id()).status()).isEqualTo(TicketStatus.WAITING);
        assertThat(desk.queues().waiting().get(0).id()).isEqualTo(first.id());
        assertThat(desk.status().messageProperty().get()).contains(first.number());
        assertThat(desk.noShows().canUndo().get()).isFalse();
    }

    @Test
    void afterFiveMinutesTheNoShowStays() {
        TicketDto t = service.issue("q-kela", "fi", List.of());
        desk.callNext();
        desk.noShow();
        desk.noShow();
        clock.advance(Duration.ofMinutes(6));
        desk.queues().tick();
        assertThat(desk.noShows().canUndo().get()).isFalse();
        desk.noShows().undo();
        assertThat(service.ticketById(t.id()).status()).isEqualTo(TicketStatus.NO_SHOW);
    }

    @Test
    void callNextExplainsAppointmentsNotYetDueAndTheListShowsTheirTimes() {
        TicketDto a = service.checkInAppointment("q-kela", Instant.parse("2026-11-20T08:40:00Z"));
        service.checkInAppointment("q-kela", Instant.parse("2026-11-20T09:10:00Z"));
        desk.callNext();
        assertThat(desk.current()).isNull();
        // Helsinki is UTC+2 in November
        assertThat(desk.status().messageProperty().get()).isEqualTo("2 appointments not yet due, next at 10:40");
        assertThat(desk.queues()
                        .appointmentClock(desk.queues().waiting().stream()
                                .filter(t -> t.id().equals(a.id()))
                                .findFirst()
                                .orElseThrow()))
                .isEqualTo("10:40");
        clock.advance(Duration.ofMinutes(41));
        desk.callNext();
        assertThat(desk.current().id()).isEqualTo(a.id());
    }

    @Test
    void twentyDraftSavesInARowLeaveTheNewestOnDisk(@TempDir Path dir) throws Exception {
        FileDraftStore store = new FileDraftStore(dir, JsonMapper.create());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            DraftWriter writer = new DraftWriter(store, pool);
            for (int i = 1; i <= 20; i++) {
                TriageDto triage = new TriageDto(null, "topic " + i, null, null, List.of(), null, "notes " + i);
                writer.save(new VisitDraft("t1", triage, true, List.of()));
            }
            writer.flushed("t1").get(20, TimeUnit.SECONDS);
            assertThat(store.load("t1").orElseThrow().triage().topic()).isEqualTo("topic 20");
        } finally {
            pool.shutdownNow();
        }
    }
}
