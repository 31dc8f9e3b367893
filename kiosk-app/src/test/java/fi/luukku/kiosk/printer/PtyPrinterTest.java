package fi.luukku.kiosk.printer;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.concurrent.CurrentThreadTaskRunner;
import fi.luukku.core.device.escpos.PrintedDocument;
import fi.luukku.core.device.printer.EscPosSerialPrinter;
import fi.luukku.core.device.printer.PrinterModel;
import fi.luukku.core.device.printer.QrImages;
import fi.luukku.core.device.printer.TicketImageRenderer;
import fi.luukku.core.device.printer.TicketLayout;
import fi.luukku.core.device.serial.JsscSerialLink;
import fi.luukku.core.device.serial.SerialLink;
import fi.luukku.core.device.serial.SerialSettings;
import fi.luukku.core.testing.SocatPty;
import fi.luukku.kiosk.i18n.Messages;
import fi.luukku.kiosk.session.FeedbackLauncher;
import fi.luukku.kiosk.session.KioskSettings;
import fi.luukku.kiosk.session.Screen;
import fi.luukku.kiosk.session.TicketScreenData;
import fi.luukku.kiosk.shell.KioskViewModel;
import fi.luukku.kiosk.testing.FakeBackend;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real ESC/POS driver over jssc, end to end against a fake printer on a socat pseudo-terminal pair: the
 * kiosk prints a ticket, the fake reads the bytes back into text and QR and answers the status queries,
 * including paper out, near end and running out mid-ticket.
 */
class PtyPrinterTest {
    @TempDir
    Path dir;

    SocatPty pty;
    SerialLink deviceEnd;
    FakeEscPosPrinter fake;
    EscPosSerialPrinter printer;
    final FakeBackend backend = new FakeBackend();
    KioskViewModel vm;

    void setUp(PrinterModel model) throws Exception {
        Assumptions.assumeTrue(SocatPty.available(), "socat is not installed");
        pty = SocatPty.open(dir, "kiosk-printer", "fake-printer");
        deviceEnd = JsscSerialLink.open(SerialSettings.of(pty.otherPort(), 38400, SerialSettings.FlowControl.NONE));
        fake = new FakeEscPosPrinter(deviceEnd);
        SerialSettings kioskEnd = SerialSettings.of(pty.devicePort(), 38400, SerialSettings.FlowControl.NONE);
        printer = new EscPosSerialPrinter(
                () -> JsscSerialLink.open(kioskEnd),
                new TicketLayout(model, null),
                "serial:" + pty.devicePort(),
                1500,
                0);
        vm = new KioskViewModel(
                backend,
                printer,
                new CurrentThreadTaskRunner(),
                new Messages(),
                KioskSettings.defaults("kiosk-1"),
                Clock.systemUTC(),
                FeedbackLauncher.NONE,
                () -> {});
        vm.loadCatalog();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (printer != null) {
            printer.close();
        }
        if (deviceEnd != null) {
            deviceEnd.close();
        }
        if (pty != null) {
            pty.close();
        }
    }

    private TicketScreenData takeTicket(String lang) {
        vm.start().choose(lang);
        vm.home().chooseAuthority("police");
        assertThat(vm.getScreen()).isEqualTo(Screen.TICKET);
        return vm.currentTicketProperty().get();
    }

    @Test
    void nativeQrTicketArrivesAsTextAndAQrZxingCanRead() throws Exception {
        setUp(PrinterModel.EPSON_TM_T88);
        long started = System.nanoTime();
        TicketScreenData t = takeTicket("fi");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(t.printed()).isTrue();
        assertThat(millis).as("touch to printed ticket, ms").isLessThan(1000);
        System.out.println("touch to printed ticket over the pty: " + millis + " ms");

        PrintedDocument doc = fake.printed();
        assertThat(doc.textLines())
                .contains(
                        "Mikkelin yhteispalvelupiste",
                        "P041",
                        "Passi ja henkilökortti",
                        "Edelläsi jonossa: 1",
                        "Arvioitu odotusaika: noin 5 min",
                        "Seuraa vuoroasi puhelimella");
        assertThat(doc.text()).containsPattern("\\d{1,2}\\.\\d{1,2}\\.\\d{4} \\d{2}:\\d{2}");
        assertThat(doc.qrCodes())
                .singleElement()
                .extracting(PrintedDocument.QrCode::data)
                .isEqualTo(t.qrUrl());
        // read the QR as a phone would: from the printed picture
        assertThat(QrImages.decode(new TicketImageRenderer(576).render(doc)))
                .contains("https://luukku.example.fi/mikkeli/t/trk1");
        assertThat(doc.cuts()).isEqualTo(1);
        assertThat(doc.statusRequests()).as("DLE EOT 1, 2, 4 before and after").containsSubsequence(1, 2, 4, 1, 2, 4);
        assertThat(backend.helpSources).isEmpty();
    }

    @Test
    void rasterModelSendsTheQrAsAnImage() throws Exception {
        setUp(PrinterModel.GENERIC_RASTER);
        TicketScreenData t = takeTicket("sv");
        PrintedDocument doc = fake.printed();
        assertThat(doc.qrCodes()).isEmpty();
        assertThat(doc.rasters()).singleElement().satisfies(r -> assertThat(QrImages.decode(r.image()))
                .contains(t.qrUrl()));
        assertThat(doc.textLines()).contains("Före dig i kön: 1");
    }

    @Test
    void paperOutShowsTheTicketOnScreenAndAlertsTheAdvisors() throws Exception {
        setUp(PrinterModel.EPSON_TM_T88);
        fake.paperOut();
        TicketScreenData t = takeTicket("en");
        assertThat(t.printed()).isFalse();
        assertThat(t.number()).isEqualTo("P041");
        assertThat(t.qrUrl()).isEqualTo("https://luukku.example.fi/mikkeli/t/trk1");
        assertThat(vm.ticket().instruction()).startsWith("The ticket could not be printed");
        assertThat(backend.helpSources).containsExactly("printer:kiosk-1");
        assertThat(vm.staffNoticeProperty().get()).contains("paperi loppu"); // the kiosk's language, from the bundle
        PrintedDocument doc = fake.printed();
        assertThat(doc.textLines()).as("nothing printed on an empty roll").isEmpty();
        assertThat(doc.statusRequests()).containsSubsequence(1, 2, 4);
    }

    @Test
    void paperRunningOutDuringTheTicketCountsAsNotPrinted() throws Exception {
        setUp(PrinterModel.EPSON_TM_T88);
        fake.paperRunsOutAtCut = true;
        TicketScreenData t = takeTicket("fi");
        assertThat(t.printed()).isFalse();
        assertThat(t.printProblem()).startsWith("paperi loppu"); // the printer's state after the cut, in Finnish
        assertThat(backend.helpSources).containsExactly("printer:kiosk-1");
    }

    @Test
    void paperNearEndPrintsAndWarnsStaff() throws Exception {
        setUp(PrinterModel.EPSON_TM_T88);
        fake.paperNearEnd();
        TicketScreenData t = takeTicket("fi");
        assertThat(t.printed()).isTrue();
        assertThat(backend.helpSources).containsExactly("printer-paper-low:kiosk-1");
        assertThat(vm.staffNoticeProperty().get()).isEqualTo("Tulostimen paperi on loppumassa");
    }

    @Test
    void aPrinterThatDoesNotAnswerIsNotTrusted() throws Exception {
        setUp(PrinterModel.EPSON_TM_T88);
        fake.silent();
        TicketScreenData t = takeTicket("fi");
        assertThat(t.printed()).isFalse();
        assertThat(t.printProblem()).isEqualTo("tulostin ei vastaa"); // in the citizen's language
        assertThat(backend.helpSources).containsExactly("printer:kiosk-1");
    }
}
