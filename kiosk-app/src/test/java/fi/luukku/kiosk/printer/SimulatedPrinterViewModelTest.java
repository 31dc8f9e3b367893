package fi.luukku.kiosk.printer;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.concurrent.CurrentThreadTaskRunner;
import fi.luukku.core.device.printer.PrinterModel;
import fi.luukku.core.device.printer.QrImages;
import fi.luukku.core.device.printer.SimulatedPrinter;
import fi.luukku.core.device.printer.TicketContent;
import fi.luukku.core.device.printer.TicketLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatedPrinterViewModelTest {
    @TempDir
    Path dir;

    final SimulatedPrinter printer = new SimulatedPrinter(new TicketLayout(PrinterModel.EPSON_TM_T88, null));
    SimulatedPrinterViewModel vm;

    @org.junit.jupiter.api.BeforeEach
    void setUp() {
        vm = new SimulatedPrinterViewModel(printer, new CurrentThreadTaskRunner(), dir, 576, Clock.systemUTC());
    }

    final TicketContent ticket = new TicketContent(
            "Mikkeli", "K042", "Kela", List.of("Edelläsi jonossa: 2"), "http://x/t/abc", "Seuraa", "Tervetuloa");

    @Test
    void printedTicketIsDecodedFromItsBytesAndSavedAsAPngWithAReadableQr() throws Exception {
        assertThat(printer.print(ticket).printed()).isTrue();
        assertThat(vm.printed()).singleElement().satisfies(p -> {
            assertThat(p.number()).isEqualTo("K042");
            assertThat(Files.exists(p.png())).isTrue();
            assertThat(QrImages.decode(ImageIO.read(p.png().toFile()))).contains("http://x/t/abc");
        });
    }

    @Test
    void faultSwitchesMakeTheTwinRefuseLikeARealPrinter() {
        vm.paperOutProperty().set(true);
        var outcome = printer.print(ticket);
        assertThat(outcome.printed()).isFalse();
        assertThat(outcome.problem()).contains("paper out");
        assertThat(vm.printed()).isEmpty();
        vm.paperOutProperty().set(false);
        vm.paperLowProperty().set(true);
        outcome = printer.print(ticket);
        assertThat(outcome.printed()).isTrue();
        assertThat(outcome.paperLow()).isTrue();
        vm.paperLowProperty().set(false);
        vm.coverOpenProperty().set(true);
        assertThat(printer.print(ticket).problem()).contains("cover open");
    }
}
