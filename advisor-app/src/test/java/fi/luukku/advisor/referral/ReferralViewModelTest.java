package fi.luukku.advisor.referral;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.advisor.desk.DeskViewModel;
import fi.luukku.advisor.testing.FakeService;
import fi.luukku.advisor.testing.TestConsole;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.domain.ReferralKind;
import fi.luukku.core.domain.TicketStatus;
import fi.luukku.core.i18n.Language;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReferralViewModelTest {
    private FakeService service;
    private TestConsole console;
    private DeskViewModel desk;
    private ReferralViewModel referral;

    @BeforeEach
    void setUp() {
        var clock = new FakeService.MutableClock(Instant.parse("2026-11-20T08:00:00Z"));
        service = new FakeService(clock);
        console = new TestConsole(service, service.desks.get(0), clock, Language.FI).start();
        desk = console.vm.desk();
        referral = console.vm.referral();
    }

    private TicketDto serve(String language) {
        TicketDto t = service.issue("q-neuvonta", language, List.of());
        desk.callNext();
        desk.start();
        return t;
    }

    @Test
    void referralIsOnlyPossibleWithACustomerAtHand() {
        referral.begin();
        assertThat(referral.isOpen()).isFalse();
    }

    @Test
    void intoAnotherQueueTheCustomerKeepsTheNumberAndMayGoToTheFront() {
        TicketDto t = serve("fi");
        desk.triage().notesProperty().set("Kela: asumistuen liitteet");
        desk.serviceEvents().recordNumber(1);
        referral.begin();
        referral.chooseKindNumber(1);
        assertThat(referral.targets()).extracting(ReferralTarget::id).containsExactly("q-kela", "q-poliisi");
        referral.targetProperty().set(referral.targets().get(0));
        referral.toFrontProperty().set(true);

        referral.confirm();

        assertThat(service.transfers).hasSize(1);
        assertThat(service.transfers.get(0).queueId()).isEqualTo("q-kela");
        assertThat(service.transfers.get(0).toFront()).isTrue();
        assertThat(service.transfers.get(0).notes()).isEqualTo("Kela: asumistuen liitteet");
        assertThat(service.triages.get(t.id()).notes()).isEqualTo("Kela: asumistuen liitteet");
        assertThat(service.recordedEvents).hasSize(1);
        TicketDto moved = service.ticketById(t.id());
        assertThat(moved.number()).isEqualTo(t.number());
        assertThat(moved.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(moved.queueId()).isEqualTo("q-kela");
        assertThat(desk.current()).isNull();
        assertThat(referral.slipProperty().get().kind()).isEqualTo(ReferralKind.QUEUE);
        assertThat(referral.slipProperty().get().serviceText()).contains(t.number());
    }

    @Test
    void toAnExternalProviderTheSlipIsInTheCustomersLanguageWithTheProvidersQr() {
        TicketDto t = serve("sv");
        referral.begin();
        referral.chooseKind(ReferralKind.EXTERNAL_PROVIDER);
        assertThat(referral.targets()).extracting(ReferralTarget::id).containsExactly("d-kirjasto");
        referral.instructionsProperty().set("Ta med din telefon och dina bankkoder.");

        referral.confirm();

        assertThat(service.referrals).hasSize(1);
        var request = service.referrals.get(0);
        assertThat(request.kind()).isEqualTo("EXTERNAL_PROVIDER");
        assertThat(request.providerId()).isEqualTo("d-kirjasto");
        assertThat(request.language()).isEqualTo("sv");
        ReferralSlip slip = referral.slipProperty().get();
        assertThat(slip.language()).isEqualTo("sv");
        assertThat(slip.ticketNumber()).isEqualTo(t.number());
        assertThat(slip.qrContent()).isEqualTo("https://www.mikkeli.fi/digituki");
        assertThat(slip.instructions()).isEqualTo("Ta med din telefon och dina bankkoder.");
        assertThat(slip.serviceText()).contains("långsiktig");
        assertThat(slip.targetDetail()).contains("015 194 2120");
        // the customer stays at the desk: the advisor can still finish the visit
        assertThat(desk.current()).isNotNull();
    }

    @Test
    void toARemoteRoomAndToABooking() {
        serve("en");
        referral.begin();
        referral.chooseKind(ReferralKind.REMOTE_ROOM);
        assertThat(referral.targets()).extracting(ReferralTarget::id).containsExactly("room-1");
        referral.confirm();
        assertThat(service.referrals.get(0).deskId()).isEqualTo("room-1");
        assertThat(referral.slipProperty().get().qrContent()).startsWith("http://luukku.test/t/trk");

        referral.begin();
        referral.chooseKind(ReferralKind.BOOKING);
        referral.moveTarget(1);
        assertThat(referral.targetProperty().get().id()).isEqualTo("poliisi");
        referral.confirm();
        assertThat(service.referrals.get(1).authorityId()).isEqualTo("poliisi");
        assertThat(referral.slipProperty().get().serviceText()).startsWith("Book a time with");
    }

    @Test
    void aConflictIsShownClearlyAndTheVisitStays() {
        serve("fi");
        referral.begin();
        referral.chooseKind(ReferralKind.QUEUE);
        service.failNext(409, "lippu on jo siirretty");
        referral.confirm();
        assertThat(referral.errorProperty().get())
                .isEqualTo(
                        "Siirrä / ohjaa: Joku muu ehti muuttaa tätä vuoronumeroa ensin (toinen piste on ehkä kutsunut"
                                + " sen). Näkymä on nyt ajan tasalla.");
        assertThat(desk.current()).isNotNull();
        assertThat(referral.slipProperty().get()).isNull();
    }

    @Test
    void offlineTheReferralCannotBeSentButTheFormIsKept() {
        serve("fi");
        referral.begin();
        referral.chooseKind(ReferralKind.EXTERNAL_PROVIDER);
        referral.instructionsProperty().set("Kirjaston digituki tiistaisin");
        service.setDown(true);
        assertThat(referral.canConfirm().get()).isFalse();
        referral.confirm();
        assertThat(service.referrals).isEmpty();
        service.setDown(false);
        assertThat(referral.instructionsProperty().get()).isEqualTo("Kirjaston digituki tiistaisin");
        referral.confirm();
        assertThat(service.referrals).hasSize(1);
    }
}
