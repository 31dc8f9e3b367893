package fi.luukku.display.board;

import static fi.luukku.display.testing.Fixtures.T0;
import static fi.luukku.display.testing.Fixtures.called;
import static fi.luukku.display.testing.Fixtures.desks;
import static fi.luukku.display.testing.Fixtures.emptySnapshot;
import static fi.luukku.display.testing.Fixtures.event;
import static fi.luukku.display.testing.Fixtures.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.api.LocalizedText;
import fi.luukku.core.api.QueueDto;
import fi.luukku.core.domain.TicketStatus;
import fi.luukku.core.i18n.Language;
import fi.luukku.core.testing.MutableClock;
import fi.luukku.display.feed.LinkStatus;
import fi.luukku.display.testing.Fixtures;
import fi.luukku.display.testing.RecordingAnnouncer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DisplayViewModelTest {
    private final MutableClock clock = new MutableClock(T0);
    private final DisplayStore store = new DisplayStore(Fixtures.MAPPER, 24);
    private final RecordingAnnouncer announcer = new RecordingAnnouncer();

    private DisplayViewModel vm(List<Language> languages) {
        return new DisplayViewModel(
                store,
                new CallSpotlight(Duration.ofSeconds(5), Duration.ofSeconds(2), 3),
                announcer,
                languages,
                Duration.ofSeconds(8),
                Duration.ofSeconds(12),
                clock);
    }

    private DisplayViewModel loaded() {
        return loaded(List.of());
    }

    private DisplayViewModel loaded(List<Language> languages) {
        DisplayViewModel vm = vm(languages);
        store.reload(emptySnapshot(10), desks());
        store.link(LinkStatus.LIVE);
        return vm;
    }

    @Nested
    class Calls {
        @Test
        void aCallIsInTheSpotlightWithItsDeskAndIsAnnounced() {
            DisplayViewModel vm = loaded();
            store.apply(called(11, "a", "K001", "d1", T0));
            assertThat(vm.spotlightProperty().get().number()).isEqualTo("K001");
            assertThat(vm.spotlightProperty().get().desk()).isEqualTo("Palvelupiste 1");
            assertThat(announcer.numbers()).containsExactly("K001");
            assertThat(announcer.announced.get(0).deskName().in("sv")).isEqualTo("Lucka 1");
            // the point's languages from the catalogue travel with the call, in the point's order, for speech
            assertThat(announcer.announced.get(0).pointLanguages())
                    .containsExactly(Language.FI, Language.SV, Language.EN);
        }

        @Test
        void aBurstShowsEveryNumberAtOnceInTheListAndEachInTurnInTheSpotlight() {
            DisplayViewModel vm = loaded(List.of(Language.FI));
            store.apply(called(11, "a", "K001", "d1", T0));
            store.apply(called(12, "b", "K002", "d2", T0));
            store.apply(called(13, "c", "P001", "d3", T0));
            assertThat(vm.spotlightProperty().get().number()).isEqualTo("K001");
            assertThat(vm.calls()).extracting(DisplayViewModel.CallRow::number).containsExactly("P001", "K002");
            assertThat(vm.calls()).allMatch(DisplayViewModel.CallRow::fresh);
            assertThat(announcer.numbers()).containsExactly("K001");

            clock.advance(Duration.ofSeconds(5));
            vm.tick();
            assertThat(vm.spotlightProperty().get().number()).isEqualTo("K002");
            assertThat(announcer.numbers()).containsExactly("K001", "K002");
            assertThat(vm.calls()).extracting(DisplayViewModel.CallRow::number).containsExactly("P001", "K001");
            assertThat(vm.calls().get(0).fresh()).isTrue();
            assertThat(vm.calls().get(1).fresh()).isFalse();

            clock.advance(Duration.ofSeconds(5));
            vm.tick();
            assertThat(vm.spotlightProperty().get().number()).isEqualTo("P001");
            assertThat(vm.spotlightProperty().get().desk()).isEqualTo("Etäpalveluhuone");
            assertThat(announcer.numbers()).containsExactly("K001", "K002", "P001");
        }

        @Test
        void aRecallIsShownAndAnnouncedAgain() {
            DisplayViewModel vm = loaded();
            store.apply(called(11, "a", "K001", "d1", T0));
            long seq = vm.spotlightProperty().get().sequence();
            clock.advance(Duration.ofSeconds(30));
            store.apply(event(12, "ticket.recalled", ticket("a", "K001", TicketStatus.CALLED, "d1", T0, 1, null)));
            assertThat(vm.spotlightProperty().get().sequence()).isGreaterThan(seq);
            assertThat(vm.spotlightProperty().get().recall()).isTrue();
            assertThat(announcer.numbers()).containsExactly("K001", "K001");
            assertThat(announcer.announced.get(1).recall()).isTrue();
        }

        @Test
        void anAppointmentIsMarked() {
            DisplayViewModel vm = loaded();
            store.apply(event(11, "ticket.called", ticket("a", "A001", TicketStatus.CALLED, "d1", T0, 0, "appt-1")));
            assertThat(vm.spotlightProperty().get().appointment()).isTrue();
            clock.advance(Duration.ofSeconds(5));
            store.apply(called(12, "b", "K002", "d2", T0));
            assertThat(vm.calls())
                    .filteredOn(r -> r.number().equals("A001"))
                    .singleElement()
                    .satisfies(r -> assertThat(r.appointment()).isTrue());
        }

        @Test
        void aCustomerSentBackLeavesTheSpotlightForTheNewestCallThatStillStands() {
            DisplayViewModel vm = loaded();
            store.apply(called(11, "a", "K001", "d1", T0));
            clock.advance(Duration.ofSeconds(10));
            store.apply(called(12, "b", "K002", "d2", T0.plusSeconds(10)));
            store.apply(event(13, "ticket.transferred", ticket("b", "K002", TicketStatus.WAITING, null, null)));
            assertThat(vm.spotlightProperty().get().number()).isEqualTo("K001");
            assertThat(vm.calls()).isEmpty();
        }

        @Test
        void aReloadShowsTheLatestCallWithoutAnnouncingIt() {
            DisplayViewModel vm = vm(List.of());
            store.reload(
                    Fixtures.snapshot(
                            50,
                            List.of(
                                    ticket("a", "K001", TicketStatus.FINISHED, "d1", T0),
                                    ticket("b", "K002", TicketStatus.CALLED, "d2", T0.plusSeconds(9))),
                            List.of()),
                    desks());
            assertThat(vm.readyProperty().get()).isTrue();
            assertThat(vm.spotlightProperty().get().number()).isEqualTo("K002");
            assertThat(vm.calls()).extracting(DisplayViewModel.CallRow::number).containsExactly("K001");
            assertThat(announcer.announced).isEmpty();
        }

        @Test
        void callsMissedWhileAwayAreShownInTurnAndAnnouncedAfterTheReload() {
            DisplayViewModel vm = loaded(List.of(Language.FI));
            store.apply(called(11, "a", "K001", "d1", T0));
            clock.advance(Duration.ofSeconds(60));
            store.reload(
                    Fixtures.snapshot(
                            30,
                            List.of(
                                    ticket("a", "K001", TicketStatus.FINISHED, "d1", T0),
                                    ticket("b", "K002", TicketStatus.CALLED, "d2", T0.plusSeconds(30)),
                                    ticket("c", "K003", TicketStatus.CALLED, "d1", T0.plusSeconds(40))),
                            List.of()),
                    desks());
            assertThat(vm.spotlightProperty().get().number()).isEqualTo("K002");
            assertThat(announcer.numbers()).containsExactly("K001", "K002");
            clock.advance(Duration.ofSeconds(5));
            vm.tick();
            assertThat(vm.spotlightProperty().get().number()).isEqualTo("K003");
            assertThat(announcer.numbers()).containsExactly("K001", "K002", "K003");
        }

        @Test
        void anUnknownDeskIsNamedByItsId() {
            DisplayViewModel vm = loaded();
            store.apply(called(11, "a", "K001", "desk-99", T0));
            assertThat(vm.spotlightProperty().get().desk()).isEqualTo("Palvelupiste desk-99");
        }

        @Test
        void nothingButNumbersAndDesksIsShown() {
            DisplayViewModel vm = loaded();
            store.apply(called(11, "a", "K001", "d1", T0));
            store.apply(called(12, "b", "K002", "d1", T0));
            String everything = vm.spotlightProperty().get() + " " + vm.calls() + " " + vm.queues() + " "
                    + vm.infoTextProperty().get();
            assertThat(everything).doesNotContain("Meikäläinen", "HEARING", "trk-");
        }
    }

    @Nested
    class Languages {
        @Test
        void staticTextsRotateThroughThePointLanguages() {
            DisplayViewModel vm = loaded();
            store.apply(called(11, "a", "K001", "d1", T0));
            assertThat(vm.textsProperty().get().get("spotlight.title")).isEqualTo("Nyt vuorossa");
            assertThat(vm.pointNameProperty().get()).isEqualTo("Mikkelin asiointipiste");
            clock.advance(Duration.ofSeconds(8));
            vm.tick();
            assertThat(vm.language()).isEqualTo(Language.SV);
            assertThat(vm.textsProperty().get().get("spotlight.title")).isEqualTo("Nu i tur");
            assertThat(vm.spotlightProperty().get().desk()).isEqualTo("Lucka 1");
            assertThat(vm.pointNameProperty().get()).isEqualTo("Servicepunkten i S:t Michel");
            clock.advance(Duration.ofSeconds(8));
            vm.tick();
            assertThat(vm.textsProperty().get().get("spotlight.title")).isEqualTo("Now serving");
            clock.advance(Duration.ofSeconds(8));
            vm.tick();
            assertThat(vm.language()).isEqualTo(Language.FI);
        }

        @Test
        void theLanguagesOptionWinsOverThePoint() {
            DisplayViewModel vm = vm(List.of(Language.EN));
            store.reload(emptySnapshot(1), desks());
            for (int i = 0; i < 5; i++) {
                clock.advance(Duration.ofSeconds(8));
                vm.tick();
                assertThat(vm.language()).isEqualTo(Language.EN);
            }
            assertThat(vm.textsProperty().get().get("queues.title")).isEqualTo("Queues");
        }
    }

    @Nested
    class QueuesInfoClock {
        @Test
        void queuesShowWaitingAndEstimatedWaitAndAppointments() {
            DisplayViewModel vm = loaded();
            assertThat(vm.queues())
                    .extracting(DisplayViewModel.QueueRow::waitText)
                    .containsExactly("noin 15 min", "Ei jonoa");
            store.apply(event(
                    11,
                    "queue.updated",
                    new QueueDto(
                            "q-k",
                            "mikkeli",
                            "K",
                            LocalizedText.of("Kela", "FPA", "Kela"),
                            "kela",
                            12,
                            4000,
                            0,
                            2,
                            2)));
            assertThat(vm.queues().get(0).waiting()).isEqualTo(12);
            assertThat(vm.queues().get(0).name()).isEqualTo("Kela");
            assertThat(vm.queues().get(0).waitText()).isEqualTo("yli tunti");
            assertThat(vm.queues().get(0).appointmentsText()).isEqualTo("2 ajanvarausta");
        }

        @Test
        void theInfoLineIsACarouselOfTheStaffMessages() {
            DisplayViewModel vm = loaded();
            assertThat(vm.infoTextProperty().get()).startsWith("Tervetuloa!");
            store.apply(event(
                    11,
                    "info.updated",
                    List.of(Fixtures.info("1", "Kela on kiinni", 1), Fixtures.info("2", "Poliisi", 2))));
            assertThat(vm.infoTextProperty().get()).isEqualTo("Kela on kiinni");
            clock.advance(Duration.ofSeconds(12));
            vm.tick();
            assertThat(vm.infoTextProperty().get()).isEqualTo("Poliisi (sv)"); // also the language moved on
        }

        @Test
        void theClockShowsHelsinkiTime() {
            DisplayViewModel vm = loaded();
            vm.tick();
            assertThat(vm.clockTextProperty().get()).isEqualTo("10:00");
            assertThat(vm.dateTextProperty().get()).isEqualToIgnoringCase("perjantai 20.11.2026");
        }

        @Test
        void theLinkStateIsPassedOn() {
            DisplayViewModel vm = loaded();
            assertThat(vm.linkProperty().get()).isEqualTo(LinkStatus.LIVE);
            store.link(LinkStatus.RECONNECTING);
            assertThat(vm.linkProperty().get()).isEqualTo(LinkStatus.RECONNECTING);
        }
    }
}
