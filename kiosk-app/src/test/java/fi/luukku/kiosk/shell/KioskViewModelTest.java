package fi.luukku.kiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.concurrent.CurrentThreadTaskRunner;
import fi.luukku.core.device.escpos.EscPosDecoder;
import fi.luukku.core.device.printer.PrinterModel;
import fi.luukku.core.device.printer.PrinterStatus;
import fi.luukku.core.device.printer.TicketLayout;
import fi.luukku.core.domain.SpecialNeed;
import fi.luukku.core.testing.MutableClock;
import fi.luukku.kiosk.home.Choice;
import fi.luukku.kiosk.i18n.Messages;
import fi.luukku.kiosk.session.FeedbackLauncher;
import fi.luukku.kiosk.session.KioskSettings;
import fi.luukku.kiosk.session.Screen;
import fi.luukku.kiosk.testing.FakeBackend;
import fi.luukku.kiosk.testing.RecordingPrinter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class KioskViewModelTest {
    final FakeBackend backend = new FakeBackend();
    final RecordingPrinter printer = new RecordingPrinter();
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T08:00:00Z"));
    final Messages messages = new Messages();
    boolean exited;
    KioskViewModel vm;

    @BeforeEach
    void setUp() {
        vm = new KioskViewModel(
                backend,
                printer,
                new CurrentThreadTaskRunner(),
                messages,
                KioskSettings.defaults("kiosk-1").withStaffPin("2580"),
                clock,
                FeedbackLauncher.NONE,
                () -> exited = true);
        vm.loadCatalog();
    }

    @Nested
    class Start {
        @Test
        void offersEveryBundledLanguageNamedInItself() {
            assertThat(vm.start().languages())
                    .extracting(l -> l.nativeName())
                    .containsExactly(
                            "Suomi", "Svenska", "English", "Русский", "Eesti", "Українська", "Soomaali", "العربية");
        }

        @Test
        void choosingALanguageShowsTheChoicesInIt() {
            vm.start().choose("sv");
            assertThat(vm.getScreen()).isEqualTo(Screen.HOME);
            assertThat(vm.home().authorities()).extracting(Choice::label).contains("FPA", "Skatteförvaltningen");
            assertThat(vm.home().lifeEvents()).extracting(Choice::label).contains("Jag flyttar");
        }
    }

    @Nested
    class WalkIn {
        @Test
        void languageThenOneTileIsAPrintedTicket() {
            vm.start().choose("en");
            vm.home().chooseAuthority("police"); // one service: the ticket at once

            assertThat(vm.getScreen()).isEqualTo(Screen.TICKET);
            assertThat(backend.issued).singleElement().satisfies(i -> {
                assertThat(i.serviceId()).isEqualTo("police-passport");
                assertThat(i.language()).isEqualTo("en");
                assertThat(i.needs()).isEmpty();
                assertThat(i.interpreter()).isNull();
            });
            var t = vm.currentTicketProperty().get();
            assertThat(t.number()).isEqualTo("P041");
            assertThat(t.printed()).isTrue();
            assertThat(t.qrUrl()).isEqualTo("https://luukku.example.fi/mikkeli/t/trk1");
            assertThat(printer.printed).singleElement().satisfies(p -> {
                assertThat(p.number()).isEqualTo("P041");
                assertThat(p.header()).isEqualTo("Mikkeli service point");
                assertThat(p.service()).isEqualTo("Passport and identity card");
                assertThat(p.details())
                        .contains("People ahead of you: 1", "Estimated wait: about 5 min", "22.11.2026 10:15");
                assertThat(p.qrUrl()).isEqualTo(t.qrUrl());
            });
        }

        @Test
        void thePrintedTicketsEscPosBytesCarryTheLikelyRangeFromTheService() {
            backend.estimate = new long[] {900, 600, 1200};
            vm.start().choose("fi");
            vm.home().chooseAuthority("police");
            byte[] bytes = new TicketLayout(PrinterModel.EPSON_TM_T88, null).encode(printer.printed.get(0));
            assertThat(new EscPosDecoder().decode(bytes).textLines()).contains("Arvioitu odotusaika: noin 10–20 min");
            assertThat(vm.currentTicketProperty().get().details()).contains("Arvioitu odotusaika: noin 10–20 min");
        }

        @Test
        void aTicketTakenBeforeTheDeskOpensIsNeverToldItIsCalledAtOnce() {
            backend.estimate = new long[] {0, 0, 0, 1}; // nobody serves the queue, no opening known
            vm.start().choose("en");
            vm.home().chooseAuthority("police");
            assertThat(printer.printed.get(0).details()).contains("Estimated wait: waiting for a desk to open");
            backend.estimate = new long[] {600, 600, 900, 1}; // the desk opens in ten minutes
            vm.start().choose("en");
            vm.home().chooseAuthority("police");
            assertThat(printer.printed.get(1).details()).contains("Estimated wait: about 10 min; no desk is open yet");
        }

        @Test
        void specialSupportIsOneOptionalStepThatGoesWithTheNextTile() {
            vm.start().choose("en");
            vm.home().specialSupport();
            assertThat(vm.getScreen()).isEqualTo(Screen.NEEDS);
            vm.needsScreen().toggle(SpecialNeed.HEARING);
            vm.needsScreen().chooseInterpreterLanguage("ar");
            vm.needsScreen().done();
            assertThat(vm.getScreen()).isEqualTo(Screen.HOME);
            assertThat(vm.home().needsSummaryProperty().get()).contains("Hearing", "interpreter");

            vm.home().chooseAuthority("police");

            assertThat(backend.issued).singleElement().satisfies(i -> {
                assertThat(i.needs()).containsExactly("INTERPRETER", "HEARING");
                assertThat(i.interpreter()).isEqualTo("ar");
            });
            vm.ticket().done();
            assertThat(vm.chosenNeeds()).isEmpty(); // the next citizen starts without them
        }

        @Test
        void withoutAPublicUrlTheQrFallsBackToTheKiosksServer() {
            var c = backend.catalog;
            var p = c.point();
            backend.catalog = new fi.luukku.core.kiosk.KioskCatalog(
                    new fi.luukku.core.api.PointDto(
                            p.id(),
                            p.name(),
                            p.municipality(),
                            p.address(),
                            p.languages(),
                            p.authorityIds(),
                            p.timeZone(),
                            null),
                    c.authorities(),
                    c.services(),
                    c.lifeEvents(),
                    c.queues());
            setUp();
            vm.start().choose("fi");
            vm.home().chooseAuthority("police");
            assertThat(vm.currentTicketProperty().get().qrUrl()).isEqualTo("http://localhost:8080/t/trk1");
        }

        @Test
        void authorityWithSeveralServicesShowsThemFirstAndBackReturnsToAuthorities() {
            vm.start().choose("fi");
            vm.home().chooseAuthority("kela");
            assertThat(vm.getScreen()).isEqualTo(Screen.HOME);
            assertThat(vm.home().services())
                    .extracting(Choice::id)
                    .containsExactly("kela-family", "kela-pension", "kela-unemployment");
            vm.back();
            assertThat(vm.home().selectedAuthorityProperty().get()).isNull();
            assertThat(vm.getScreen()).isEqualTo(Screen.HOME);
            vm.home().chooseAuthority("kela");
            vm.home().chooseService("kela-pension");
            assertThat(backend.issued)
                    .singleElement()
                    .extracting(FakeBackend.Issue::serviceId)
                    .isEqualTo("kela-pension");
        }

        @Test
        void lifeEventLeadsToItsService() {
            vm.start().choose("fi");
            vm.home().chooseLifeEvent("job-loss");
            assertThat(backend.issued)
                    .singleElement()
                    .extracting(FakeBackend.Issue::serviceId)
                    .isEqualTo("te-jobseeker");
            assertThat(vm.getScreen()).isEqualTo(Screen.TICKET);
        }

        @Test
        void dontKnowGoesToTheReceptionQueue() {
            vm.start().choose("fi");
            vm.home().dontKnow();
            assertThat(backend.issued)
                    .singleElement()
                    .extracting(FakeBackend.Issue::serviceId)
                    .isEqualTo("advice-general");
            assertThat(vm.currentTicketProperty().get().number()).startsWith("A");
        }

        @Test
        void tilesMostUsedHereComeFirst() {
            assertThat(vm.home().authorities()).first().extracting(Choice::id).isEqualTo("advice");
            for (int i = 0; i < 2; i++) {
                vm.start().choose("fi");
                vm.home().chooseAuthority("tax");
                vm.ticket().done();
            }
            vm.start().choose("fi");
            vm.home().chooseLifeEvent("child");
            vm.ticket().done();
            assertThat(vm.home().authorities()).first().extracting(Choice::id).isEqualTo("tax");
            assertThat(vm.home().lifeEvents()).first().extracting(Choice::id).isEqualTo("child");
        }

        @Test
        void aRetryAfterAFailureIsTheSameTicket() {
            vm.start().choose("fi");
            backend.failNextIssue = new fi.luukku.core.api.ApiException(503, null, "busy", null);
            vm.home().chooseAuthority("tax");
            assertThat(vm.getScreen()).isEqualTo(Screen.HOME);
            assertThat(vm.errorProperty().get()).isNotNull();
            vm.home().chooseAuthority("tax");
            assertThat(vm.getScreen()).isEqualTo(Screen.TICKET);
            assertThat(backend.issued).hasSize(2);
            assertThat(backend.issued.get(0).key())
                    .isEqualTo(backend.issued.get(1).key());
        }
    }

    @Nested
    class Printer {
        @Test
        void paperOutShowsTheTicketOnScreenAndAlertsAdvisors() {
            printer.status = new PrinterStatus(true, true, false, true, true);
            vm.start().choose("fi");
            vm.home().chooseAuthority("police");
            var t = vm.currentTicketProperty().get();
            assertThat(vm.getScreen()).isEqualTo(Screen.TICKET);
            assertThat(t.printed()).isFalse();
            assertThat(t.qrUrl()).isNotNull();
            assertThat(vm.ticket().instruction())
                    .contains("ei voitu tulostaa", "paperi loppu")
                    .doesNotContain("paper out");
            assertThat(backend.helpSources).containsExactly("printer:kiosk-1");
            // in the kiosk's language from the bundle, not the driver's English
            assertThat(vm.staffNoticeProperty().get())
                    .isEqualTo("Tulostinvika: paperi loppu, ei käytössä")
                    .doesNotContain("paper out");
        }

        @Test
        void paperNearEndWarnsStaffOnceButPrints() {
            printer.status = new PrinterStatus(true, false, false, false, true);
            for (int i = 0; i < 2; i++) {
                vm.start().choose("fi");
                vm.home().chooseAuthority("police");
                assertThat(vm.currentTicketProperty().get().printed()).isTrue();
                vm.ticket().done();
            }
            assertThat(backend.helpSources).containsExactly("printer-paper-low:kiosk-1");
            assertThat(vm.staffNoticeProperty().get()).isEqualTo("Tulostimen paperi on loppumassa");
        }
    }

    @Nested
    class Offline {
        @Test
        void offlineTicketSaysTheEstimateIsUnavailableAndHasNoQr() {
            backend.online = false;
            vm.start().choose("en");
            vm.home().chooseAuthority("police");
            var t = vm.currentTicketProperty().get();
            assertThat(t.offline()).isTrue();
            assertThat(t.number()).isEqualTo("P900");
            assertThat(t.details()).contains("The waiting time estimate is not available right now");
            assertThat(t.qrUrl()).isNull();
            assertThat(printer.printed).hasSize(1);
            assertThat(vm.onlineProperty().get()).isFalse();
        }
    }

    @Nested
    class Appointment {
        @Test
        void typedCodeChecksIn() {
            vm.start().choose("fi");
            vm.home().appointment();
            for (char c : "abc123".toCharArray()) {
                vm.appointment().type(c);
            }
            assertThat(vm.appointment().getCode()).isEqualTo("ABC123");
            vm.appointment().submit();
            assertThat(vm.getScreen()).isEqualTo(Screen.TICKET);
            assertThat(vm.currentTicketProperty().get().number()).isEqualTo("P007");
            assertThat(backend.checkIns).containsExactly("ABC123");
        }

        @Test
        void unknownCodeIsExplainedInTheCitizensLanguage() {
            vm.start().choose("sv");
            vm.home().appointment();
            vm.appointment().scanned("ZZZ999");
            assertThat(vm.getScreen()).isEqualTo(Screen.APPOINTMENT);
            assertThat(vm.errorProperty().get()).startsWith("Bokningskoden hittades inte");
        }

        @Test
        void scannerOnAnyScreenChecksIn() {
            vm.scanned("ABC123");
            assertThat(vm.getScreen()).isEqualTo(Screen.TICKET);
        }

        @Test
        void ticketQrScannedHereIsIgnored() {
            vm.scanned("http://localhost:8080/t/abc");
            assertThat(vm.getScreen()).isEqualTo(Screen.START);
            assertThat(backend.checkIns).isEmpty();
        }

        @Test
        void offlineCheckInSaysSo() {
            backend.online = false;
            vm.start().choose("en");
            vm.home().appointment();
            vm.appointment().scanned("ABC123");
            assertThat(vm.errorProperty().get()).startsWith("Check-in is not possible right now");
        }
    }

    @Nested
    class HelpAndIdle {
        @Test
        void helpWorksOnEveryScreen() {
            for (Screen s : List.of(Screen.START, Screen.HOME, Screen.NEEDS)) {
                vm.show(s);
                vm.requestHelp();
                assertThat(vm.helpStateProperty().get()).isEqualTo(HelpState.SENT);
                vm.dismissHelp();
            }
            assertThat(backend.helpSources).containsOnly("kiosk:kiosk-1").hasSize(3);
        }

        @Test
        void helpWhileOfflineIsQueued() {
            backend.online = false;
            vm.requestHelp();
            assertThat(vm.helpStateProperty().get()).isEqualTo(HelpState.QUEUED);
        }

        @Test
        void idleReturnsToStartInTheDefaultLanguageWithDefaultsRestored() {
            vm.start().choose("en");
            vm.largeTextProperty().set(true);
            vm.home().specialSupport();
            vm.needsScreen().toggle(SpecialNeed.MOBILITY);
            clock.advance(Duration.ofSeconds(59));
            vm.tick();
            assertThat(vm.getScreen()).isEqualTo(Screen.NEEDS);
            clock.advance(Duration.ofSeconds(2));
            vm.tick();
            assertThat(vm.getScreen()).isEqualTo(Screen.START);
            assertThat(vm.getLanguage()).isEqualTo("fi");
            assertThat(vm.largeTextProperty().get()).isFalse();
            assertThat(vm.chosenNeeds()).isEmpty();
        }

        @Test
        void ticketScreenReturnsToStartAfterItsTimeout() {
            vm.start().choose("fi");
            vm.home().chooseAuthority("police");
            clock.advance(Duration.ofSeconds(31));
            vm.tick();
            assertThat(vm.getScreen()).isEqualTo(Screen.START);
        }
    }

    @Nested
    class Staff {
        @Test
        void wrongPinKeepsTheKioskLockedAndTheRightOneLetsStaffOut() {
            vm.staff().openPanel();
            vm.staff().digit(1);
            vm.staff().enter();
            assertThat(vm.staff().wrongPinProperty().get()).isTrue();
            vm.staff().exitKiosk();
            assertThat(exited).isFalse();
            for (int d : new int[] {2, 5, 8, 0}) {
                vm.staff().digit(d);
            }
            vm.staff().enter();
            assertThat(vm.staff().unlockedProperty().get()).isTrue();
            assertThat(vm.staff().statusProperty().get()).contains("kiosk-1", "recording", "valmis");
            vm.staff().exitKiosk();
            assertThat(exited).isTrue();
        }

        @Test
        void offlineTicketsTheServiceRefusedAreShownToStaffWithTheirNumbers() {
            backend.rejected.addAll(List.of("K900", "K902"));
            vm.refreshStatus();
            assertThat(vm.rejectedTickets()).containsExactly("K900", "K902");
            assertThat(vm.staffNoticeProperty().get()).contains("(2)", "K900, K902");
            vm.staff().openPanel();
            for (int d : new int[] {2, 5, 8, 0}) {
                vm.staff().digit(d);
            }
            vm.staff().enter();
            assertThat(vm.staff().statusProperty().get()).contains("K900, K902");
        }

        @Test
        void fiveWrongPinsLockThePadForFiveMinutesAndAlertTheAdvisors() {
            vm.staff().openPanel();
            for (int i = 0; i < 5; i++) {
                vm.staff().digit(1);
                vm.staff().enter();
            }
            assertThat(vm.staff().lockedOutProperty().get()).isTrue();
            assertThat(backend.helpSources).containsExactly("kiosk-staff-pin:kiosk-1");
            // the right PIN does not open a locked pad
            for (int d : new int[] {2, 5, 8, 0}) {
                vm.staff().digit(d);
            }
            vm.staff().enter();
            assertThat(vm.staff().unlockedProperty().get()).isFalse();
            clock.advance(Duration.ofMinutes(4));
            vm.staff().enter();
            assertThat(vm.staff().unlockedProperty().get()).isFalse();
            clock.advance(Duration.ofMinutes(1));
            for (int d : new int[] {2, 5, 8, 0}) {
                vm.staff().digit(d);
            }
            vm.staff().enter();
            assertThat(vm.staff().lockedOutProperty().get()).isFalse();
            assertThat(vm.staff().unlockedProperty().get()).isTrue();
            assertThat(backend.helpSources).hasSize(1);
        }

        @Test
        void withoutAStaffPinThePanelIsDisabled() {
            KioskViewModel noPin = new KioskViewModel(
                    backend,
                    printer,
                    new CurrentThreadTaskRunner(),
                    messages,
                    KioskSettings.defaults("kiosk-1"),
                    clock,
                    FeedbackLauncher.NONE,
                    () -> exited = true);
            assertThat(noPin.staff().enabled()).isFalse();
            noPin.staff().openPanel();
            assertThat(noPin.staff().openProperty().get()).isFalse();
            noPin.staff().enter();
            assertThat(noPin.staff().unlockedProperty().get()).isFalse();
        }
    }
}
