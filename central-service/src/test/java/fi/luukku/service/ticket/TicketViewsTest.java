package fi.luukku.service.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.api.TicketDto;
import fi.luukku.core.api.TriageDto;
import fi.luukku.core.domain.TicketStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The projections of a ticket drop what is personal and keep everything else, the estimate range included. */
class TicketViewsTest {
    private static final Instant ISSUED = Instant.parse("2026-12-03T08:00:00Z");

    private static TicketDto full() {
        return new TicketDto(
                        "t-1",
                        "A012",
                        "mikkeli",
                        "q-kela",
                        "s-kela",
                        TicketStatus.WAITING,
                        null,
                        "fi",
                        List.of("WHEELCHAIR"),
                        "ru",
                        ISSUED,
                        null,
                        null,
                        null,
                        0,
                        3,
                        0,
                        "TRACK123",
                        null,
                        false,
                        List.of("q-kela"),
                        new TriageDto("kela", "housing", null, 2, List.of(), "VISIT", "private notes"),
                        "private notes")
                .withEstimate(600, 420, 900, true);
    }

    @Test
    void aDeviceSeesNoPersonalDataButTheWholeEstimate() {
        TicketDto d = TicketViews.forDevice(full());
        assertThat(d.specialNeeds()).isEmpty();
        assertThat(d.interpreterLanguage()).isNull();
        assertThat(d.trackingCode()).isNull();
        assertThat(d.triage()).isNull();
        assertThat(d.notes()).isNull();
        assertThat(d.number()).isEqualTo("A012");
        assertThat(d.peopleAhead()).isEqualTo(3);
        assertThat(d.estimatedWaitSeconds()).isEqualTo(600);
        assertThat(d.estimateLowSeconds()).isEqualTo(420);
        assertThat(d.estimateHighSeconds()).isEqualTo(900);
        assertThat(d.noDeskOpen()).isTrue();
    }

    @Test
    void eventsLoseTheNotesButKeepTheEstimate() {
        TicketDto e = TicketViews.withoutNotes(full());
        assertThat(e.notes()).isNull();
        assertThat(e.triage()).isNull();
        assertThat(e.specialNeeds()).containsExactly("WHEELCHAIR");
        assertThat(e.trackingCode()).isEqualTo("TRACK123");
        assertThat(e.estimateLowSeconds()).isEqualTo(420);
        assertThat(e.estimateHighSeconds()).isEqualTo(900);
        assertThat(e.noDeskOpen()).isTrue();
    }

    @Test
    void aReaderWithoutAStaffRoleIsTreatedAsADevice() {
        TicketDto t = full();
        assertThat(TicketViews.forViewer(null, t)).isEqualTo(TicketViews.forDevice(t));
    }
}
