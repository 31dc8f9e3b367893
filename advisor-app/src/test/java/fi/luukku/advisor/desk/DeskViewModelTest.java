package fi.luukku.advisor.desk;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.advisor.testing.FakeService;
import fi.luukku.advisor.testing.TestConsole;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.domain.Channel;
import fi.luukku.core.domain.Outcome;
import fi.luukku.core.domain.SpecialNeed;
import fi.luukku.core.domain.SupportLevel;
import fi.luukku.core.domain.TicketStatus;
import fi.luukku.core.i18n.Language;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DeskViewModelTest {
    private FakeService.MutableClock clock;
    private FakeService service;
    private TestConsole console;
    private DeskViewModel desk;

    @BeforeEach
    void setUp() {
        clock = new FakeService.MutableClock(Instant.parse("2026-11-20T08:00:00Z"));
        service = new FakeService(clock);
        console = new TestConsole(service, service.desks.get(0), clock, Language.EN).start();
        desk = console.vm.desk();
    }

    private TicketDto callFirst() {
        service.issue("q-neuvonta", "sv", List.of("HEARING"));
        desk.callNext();
        return desk.current();
    }

    @Nested
    class Calling {
        @Test
        void callNextTakesTheLongestWaitingCustomerOfTheDesksQueues() {
            TicketDto first = service.issue("q-kela", "fi", List.of());
            clock.advance(Duration.ofMinutes(1));
            service.issue("q-neuvonta", "fi", List.of());
            service.issue("q-poliisi", "fi", List.of()); // not served at desk 1

            assertThat(desk.queues().waiting()).hasSize(2);
            desk.callNext();

            assertThat(desk.current().id()).isEqualTo(first.id());
            assertThat(desk.current().status()).isEqualTo(TicketStatus.CALLED);
            assertThat(desk.current().deskId()).isEqualTo("desk-1");
            assertThat(desk.status().messageProperty().get()).contains(first.number());
            assertThat(desk.queues().waiting()).hasSize(1);
            assertThat(desk.actions().canCallNext().get()).isFalse();
        }

        @Test
        void callNextWithNobodyWaitingSaysSo() {
            desk.callNext();
            assertThat(desk.current()).isNull();
            assertThat(desk.status().messageProperty().get()).isEqualTo("Nobody is waiting in this desk's queues.");
        }

        @Test
        void callChosenCallsTheSelectedTicket() {
            service.issue("q-kela", "fi", List.of());
            TicketDto second = service.issue("q-neuvonta", "fi", List.of("INTERPRETER"));
            desk.queues()
                    .selectedWaitingProperty()
                    .set(desk.queues().waiting().stream()
                            .filter(t -> t.id().equals(second.id()))
                            .findFirst()
                            .orElseThrow());

            assertThat(desk.actions().canCallChosen().get()).isTrue();
            desk.callChosen();

            assertThat(desk.current().id()).isEqualTo(second.id());
            assertThat(desk.triage().specialNeeds()).containsExactly(SpecialNeed.INTERPRETER);
        }

        @Test
        void aTicketAnotherDeskCalledFirstGivesAClearMessageNotAStackTrace() {
            TicketDto t = service.issue("q-neuvonta", "fi", List.of());
            desk.queues().selectedWaitingProperty().set(desk.queues().waiting().get(0));
            service.call(t.id(), "desk-2"); // another desk is quicker; its event removes it from our list

            desk.queues().selectedWaitingProperty().set(t); // the advisor had it chosen a moment earlier
            desk.callChosen();

            assertThat(desk.current()).isNull();
            assertThat(desk.status().errorProperty().get())
                    .startsWith("Call chosen: Someone else changed this ticket first")
                    .doesNotContain("Exception")
                    .doesNotContain("at fi.");
        }

        @Test
        void recallCountsAndStaysCalled() {
            callFirst();
            desk.recall();
            assertThat(desk.current().recalls()).isEqualTo(1);
            assertThat(desk.status().messageProperty().get()).contains("recall 1");
        }

        @Test
        void startServesTheCustomer() {
            callFirst();
            desk.start();
            assertThat(desk.current().status()).isEqualTo(TicketStatus.SERVING);
            assertThat(desk.actions().canStart().get()).isFalse();
            assertThat(desk.actions().canRecall().get()).isFalse();
            assertThat(desk.actions().canFinish().get()).isTrue();
        }

        @Test
        void noShowClosesTheTicketAndFreesTheDesk() {
            TicketDto t = callFirst();
            desk.noShow();
            assertThat(desk.current()).isNotNull(); // the first press only asks
            desk.noShow();
            assertThat(desk.current()).isNull();
            assertThat(service.ticketById(t.id()).status()).isEqualTo(TicketStatus.NO_SHOW);
            assertThat(desk.actions().canCallNext().get()).isTrue();
        }

        @Test
        void a409OnNoShowIsShownAsAMessage() {
            callFirst();
            desk.noShow();
            service.failNext(409, "the customer has already been marked");
            desk.noShow();
            assertThat(desk.status().errorProperty().get())
                    .isEqualTo("No-show: Someone else changed this ticket first (another desk may have called it)."
                            + " The view is now up to date.");
            assertThat(desk.current()).isNotNull();
        }

        @Test
        void parkKeepsTheTriageAndResumeBringsItBack() {
            TicketDto t = callFirst();
            desk.start();
            desk.triage().topicProperty().set("asumistuki");
            desk.serviceEvents().recordNumber(1);
            desk.park();

            assertThat(desk.current()).isNull();
            assertThat(desk.queues().parked()).extracting(TicketDto::id).containsExactly(t.id());
            assertThat(service.triages.get(t.id()).topic()).isEqualTo("asumistuki");

            desk.resumeParked(desk.queues().parked().get(0));
            assertThat(desk.current().id()).isEqualTo(t.id());
            assertThat(desk.triage().topicProperty().get()).isEqualTo("asumistuki");
            assertThat(desk.serviceEvents().events()).hasSize(1);
        }

        @Test
        void theNotesOfThePreviousDeskAreInViewAndStayTheirs() {
            TestConsole reception = new TestConsole(service, service.desks.get(1), clock, Language.EN).start();
            TicketDto t = service.issue("q-poliisi", "fi", List.of());
            var front = reception.vm.desk();
            front.callNext();
            front.triage().notesProperty().set("Passport photo missing");
            reception.vm.referral().begin();
            reception.vm.referral().chooseKind(fi.luukku.core.domain.ReferralKind.QUEUE);
            reception
                    .vm
                    .referral()
                    .targetProperty()
                    .set(reception.vm.referral().targets().stream()
                            .filter(x -> x.id().equals("q-kela"))
                            .findFirst()
                            .orElseThrow());
            reception.vm.referral().confirm();

            desk.callNext();
            assertThat(desk.current().id()).isEqualTo(t.id());
            assertThat(desk.previousNotesProperty().get()).isEqualTo("Passport photo missing");
            desk.triage().notesProperty().set("Kela: all good");
            desk.saveTriage();
            assertThat(desk.previousNotesProperty().get()).isEqualTo("Passport photo missing");
        }

        @Test
        void waitedTimeCountsFromIssueToCall() {
            service.issue("q-neuvonta", "fi", List.of());
            clock.advance(Duration.ofMinutes(7));
            desk.queues().tick();
            assertThat(desk.queues().waited(desk.queues().waiting().get(0))).isEqualTo(Duration.ofMinutes(7));
            desk.callNext();
            clock.advance(Duration.ofMinutes(3));
            desk.queues().tick();
            assertThat(desk.queues().waited(desk.current())).isEqualTo(Duration.ofMinutes(7));
        }
    }

    @Nested
    class Errors {
        private void prepare(String action) {
            service.issue("q-neuvonta", "fi", List.of());
            if (!action.equals("callNext")) {
                desk.callNext();
            }
            if (action.equals("finish") || action.equals("park") || action.equals("saveTriage")) {
                desk.start();
                desk.triage().topicProperty().set("x");
                desk.finish().begin();
                desk.finish().chooseOutcome(Outcome.HANDLED);
                desk.finish().chooseAssessment(3);
            }
        }

        private void run(String action) {
            switch (action) {
                case "callNext" -> desk.callNext();
                case "recall" -> desk.recall();
                case "start" -> desk.start();
                case "noShow" -> {
                    desk.noShow();
                    desk.noShow();
                }
                case "park" -> desk.park();
                case "saveTriage" -> desk.saveTriage();
                case "finish" -> desk.finish().confirm();
                default -> throw new IllegalArgumentException(action);
            }
        }

        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(
                strings = {"callNext", "recall", "start", "noShow", "park", "saveTriage", "finish"})
        void aConflictFromTheServiceIsOneClearSentenceAndNothingIsLost(String action) {
            prepare(action);
            TicketDto before = desk.current();
            service.failNext(409, "ticket state changed");
            run(action);
            assertThat(desk.status().errorProperty().get())
                    .contains("Someone else changed this ticket first")
                    .doesNotContain("ticket state changed")
                    .doesNotContain("Exception")
                    .doesNotContain("409");
            assertThat(desk.current()).isEqualTo(before);
            assertThat(desk.busyProperty().get()).isFalse();
            assertThat(console.link.isOnline()).isTrue();
        }

        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(
                strings = {"callNext", "recall", "start", "noShow", "park", "saveTriage", "finish"})
        void anUnreachableServiceTurnsTheConsoleOfflineWithAClearSentence(String action) {
            prepare(action);
            service.failNext(0, null);
            run(action);
            assertThat(desk.status().errorProperty().get())
                    .endsWith("The central service cannot be reached right now.");
            assertThat(console.link.isOnline()).isFalse();
        }

        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(ints = {400, 403, 404, 500})
        void otherFailuresAreExplainedToo(int status) {
            service.issue("q-neuvonta", "fi", List.of());
            service.failNext(status, "detail " + status);
            desk.callNext();
            assertThat(desk.status().errorProperty().get())
                    .startsWith("Call next: ")
                    .doesNotContain("detail " + status)
                    .doesNotContain("Exception");
        }
    }

    @Nested
    class TriageAndEvents {
        @Test
        void triageIsSavedToTheService() {
            TicketDto t = callFirst();
            TriageViewModel triage = desk.triage();
            triage.authorityIdProperty().set("kela");
            triage.topicProperty().set("housing allowance");
            triage.lifeEventIdProperty().set("le-muutto");
            triage.setSupportLevel(3);
            triage.toggleNeed(SpecialNeed.MORE_TIME);
            triage.channelProperty().set(Channel.SELF_SERVICE_WITH_SUPPORT);
            triage.notesProperty().set("needs bank ID help");
            assertThat(triage.isDirty()).isTrue();

            desk.saveTriage();

            var saved = service.triages.get(t.id());
            assertThat(saved.authorityId()).isEqualTo("kela");
            assertThat(saved.topic()).isEqualTo("housing allowance");
            assertThat(saved.lifeEventId()).isEqualTo("le-muutto");
            assertThat(saved.supportLevel()).isEqualTo(3);
            assertThat(saved.specialNeeds()).containsExactly("HEARING", "MORE_TIME");
            assertThat(saved.channel()).isEqualTo("SELF_SERVICE_WITH_SUPPORT");
            assertThat(saved.notes()).isEqualTo("needs bank ID help");
            assertThat(triage.isDirty()).isFalse();
            assertThat(triage.supportLevelProperty().get()).isEqualTo(SupportLevel.INTENSIVE_SUPPORT);
        }

        @Test
        void eachEventTypeIsOneCallAndCanBeTakenBack() {
            callFirst();
            desk.serviceEvents().recordNumber(1);
            desk.serviceEvents().recordNumber(2);
            desk.serviceEvents().recordNumber(2);
            desk.serviceEvents().recordNumber(9); // no ninth type: nothing happens
            assertThat(desk.serviceEvents().events())
                    .extracting(e -> e.typeId())
                    .containsExactly("ev-docs", "ev-short", "ev-short");
            desk.serviceEvents().undoLast();
            assertThat(desk.serviceEvents().events()).hasSize(2);
        }

        @Test
        void eventsGoToTheAuthorityOfTheTriageOrElseOfTheService() {
            callFirst();
            desk.serviceEvents().recordNumber(1);
            desk.triage().authorityIdProperty().set("kela");
            desk.serviceEvents().recordNumber(1);
            // the fake issues N tickets for the tax-card service, which belongs to the Tax Administration
            assertThat(desk.serviceEvents().events())
                    .extracting(e -> e.authorityId())
                    .containsExactly("vero", "kela");
        }

        @Test
        void aConfiguredShortcutWinsOverThePosition() {
            callFirst();
            console.vm
                    .catalog()
                    .eventTypes()
                    .setAll(List.of(
                            new fi.luukku.core.api.ServiceEventTypeDto(
                                    "ev-a", fi.luukku.core.api.LocalizedText.of("A", "A", "A"), 1, "2"),
                            new fi.luukku.core.api.ServiceEventTypeDto(
                                    "ev-b", fi.luukku.core.api.LocalizedText.of("B", "B", "B"), 1, "1")));
            desk.serviceEvents().recordNumber(1);
            assertThat(desk.serviceEvents().events())
                    .extracting(e -> e.typeId())
                    .containsExactly("ev-b");
            assertThat(desk.serviceEvents()
                            .shortcutOf(console.vm.catalog().eventTypes().get(0), 0))
                    .isEqualTo(2);
        }

        @Test
        void noEventWithoutACustomer() {
            desk.serviceEvents().recordNumber(1);
            assertThat(desk.serviceEvents().events()).isEmpty();
        }
    }

    @Nested
    class Finishing {
        @Test
        void finishNeedsOutcomeAndAssessmentThenSendsEverything() {
            TicketDto t = callFirst();
            desk.start();
            desk.triage().topicProperty().set("tax card");
            desk.serviceEvents().recordNumber(2);
            desk.serviceEvents().recordNumber(3);

            desk.finish().begin();
            assertThat(desk.finish().openProperty().get()).isTrue();
            desk.finish().confirm();
            assertThat(desk.status().errorProperty().get()).isEqualTo("Choose the outcome first (keys 1–3).");
            desk.finish().chooseOutcome(Outcome.HANDLED);
            desk.finish().confirm();
            assertThat(desk.status().errorProperty().get()).isEqualTo("Give your assessment 1–5 first.");
            desk.finish().chooseAssessment(4);
            desk.finish().confirm();

            var request = service.finished.get(t.id());
            assertThat(request.outcome()).isEqualTo("HANDLED");
            assertThat(request.assessment()).isEqualTo(4);
            assertThat(request.serviceEvents()).extracting(e -> e.typeId()).containsExactly("ev-short", "ev-long");
            assertThat(service.triages.get(t.id()).topic()).isEqualTo("tax card");
            assertThat(desk.current()).isNull();
            assertThat(desk.finish().openProperty().get()).isFalse();
            assertThat(desk.serviceEvents().events()).isEmpty();
            assertThat(console.drafts.load(t.id())).isEmpty();
            assertThat(desk.status().messageProperty().get()).isEqualTo(t.number() + " finished. Thank you!");
        }

        @Test
        void finishingACalledCustomerStartsTheVisitFirst() {
            TicketDto t = callFirst();
            desk.finish().begin();
            desk.finish().chooseOutcome(Outcome.STARTED);
            desk.finish().chooseAssessment(5);
            desk.finish().confirm();
            assertThat(service.ticketById(t.id()).status()).isEqualTo(TicketStatus.FINISHED);
            assertThat(service.calls).containsSubsequence("start", "finish");
        }

        @Test
        void assessmentOutsideOneToFiveIsIgnored() {
            callFirst();
            desk.finish().chooseAssessment(7);
            assertThat(desk.finish().assessmentProperty().get()).isZero();
        }
    }

    @Nested
    class Offline {
        @Test
        void theConsoleSaysAtOnceThatItIsOfflineAndDisablesWhatNeedsTheService() {
            service.issue("q-neuvonta", "fi", List.of());
            assertThat(console.link.isOnline()).isTrue();
            service.setDown(true);

            assertThat(console.link.isOnline()).isFalse();
            assertThat(desk.actions().canCallNext().get()).isFalse();
            desk.callNext();
            assertThat(service.calls).doesNotContain("callNext");

            service.setDown(false);
            assertThat(console.link.isOnline()).isTrue();
            assertThat(desk.actions().canCallNext().get()).isTrue();
            assertThat(desk.status().messageProperty().get()).isEqualTo("Connection to the service is back.");
        }

        @Test
        void aCallThatCannotReachTheServiceTurnsOfflineAndAProbeBringsItBack() {
            callFirst();
            service.failNext(0, null); // status 0: unreachable, though the stream has not noticed yet
            desk.start();
            assertThat(console.link.isOnline()).isFalse();
            assertThat(desk.status().errorProperty().get())
                    .isEqualTo("Start: The central service cannot be reached right now.");
            assertThat(console.delayer.pending()).isEqualTo(1);

            console.delayer.runDue(); // the health probe answers
            assertThat(console.link.isOnline()).isTrue();
            desk.start();
            assertThat(desk.current().status()).isEqualTo(TicketStatus.SERVING);
        }

        @Test
        void nothingTypedIsLostWhileOffline() {
            TicketDto t = callFirst();
            desk.start();
            service.setDown(true);
            desk.triage().topicProperty().set("pankkitunnukset");
            desk.triage().notesProperty().set("ohjataan kirjastoon");
            desk.serviceEvents().recordNumber(2);
            desk.saveTriage(); // disabled while offline: nothing is sent, nothing is dropped

            var draft = console.drafts.load(t.id()).orElseThrow();
            assertThat(draft.triage().topic()).isEqualTo("pankkitunnukset");
            assertThat(draft.triage().notes()).isEqualTo("ohjataan kirjastoon");
            assertThat(draft.triageDirty()).isTrue();
            assertThat(draft.events()).hasSize(1);
            assertThat(desk.triage().topicProperty().get()).isEqualTo("pankkitunnukset");

            service.setDown(false);
            desk.saveTriage();
            assertThat(service.triages.get(t.id()).notes()).isEqualTo("ohjataan kirjastoon");
        }

        @Test
        void aRestartedConsoleResumesTheVisitFromTheLocalDraft() {
            TicketDto t = callFirst();
            desk.triage().topicProperty().set("passi");
            desk.serviceEvents().recordNumber(1);

            TestConsole restarted = new TestConsole(
                            service,
                            service.desks.get(0),
                            clock,
                            Language.EN,
                            new fi.luukku.core.concurrent.CurrentThreadTaskRunner(),
                            console.drafts)
                    .start();

            DeskViewModel again = restarted.vm.desk();
            assertThat(again.current().id()).isEqualTo(t.id());
            assertThat(again.triage().topicProperty().get()).isEqualTo("passi");
            assertThat(again.triage().isDirty()).isTrue();
            assertThat(again.serviceEvents().events()).hasSize(1);
        }
    }
}
