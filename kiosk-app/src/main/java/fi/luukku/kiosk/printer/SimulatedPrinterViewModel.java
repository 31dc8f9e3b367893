package fi.luukku.kiosk.printer;

import fi.luukku.core.concurrent.TaskRunner;
import fi.luukku.core.device.escpos.EscPosDecoder;
import fi.luukku.core.device.escpos.PrintedDocument;
import fi.luukku.core.device.printer.PrinterStatus;
import fi.luukku.core.device.printer.SimulatedPrinter;
import fi.luukku.core.device.printer.TicketImageRenderer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated printer's window state: every ticket it "printed" (decoded from the ESC/POS bytes and drawn
 * to a PNG), and switches to make it run out of paper, run low, or open its cover.
 */
public final class SimulatedPrinterViewModel {
    private static final Logger log = LoggerFactory.getLogger(SimulatedPrinterViewModel.class);

    /** One printed ticket: its number and its picture. */
    public record Printed(String number, Path png) {}

    private final SimulatedPrinter printer;
    private final ObservableList<Printed> printed = FXCollections.observableArrayList();
    private final BooleanProperty paperOut = new SimpleBooleanProperty(this, "paperOut");
    private final BooleanProperty paperLow = new SimpleBooleanProperty(this, "paperLow");
    private final BooleanProperty coverOpen = new SimpleBooleanProperty(this, "coverOpen");

    public SimulatedPrinterViewModel(
            SimulatedPrinter printer, TaskRunner runner, Path outputDir, int widthDots, Clock clock) {
        this.printer = printer;
        TicketImageRenderer renderer = new TicketImageRenderer(widthDots);
        DateTimeFormatter stamp =
                DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(clock.getZone());
        printer.onPrinted(bytes -> {
            PrintedDocument doc = new EscPosDecoder().decode(bytes);
            String number = doc.textLines().stream()
                    .filter(l -> l.matches("[A-Z]{1,3}[0-9]{1,4}"))
                    .findFirst()
                    .orElse("ticket");
            Path png = outputDir.resolve("ticket-" + number + "-" + stamp.format(clock.instant()) + ".png");
            try {
                renderer.writePng(doc, png);
                runner.onUi(() -> printed.add(0, new Printed(number, png)));
            } catch (IOException | RuntimeException e) {
                log.warn("cannot write the simulated ticket {}", png, e);
            }
        });
        Runnable apply = () -> printer.setStatus(new PrinterStatus(
                true,
                paperOut.get() || coverOpen.get(),
                coverOpen.get(),
                paperOut.get(),
                paperLow.get() || paperOut.get()));
        paperOut.addListener((o, a, b) -> apply.run());
        paperLow.addListener((o, a, b) -> apply.run());
        coverOpen.addListener((o, a, b) -> apply.run());
    }

    public ObservableList<Printed> printed() {
        return printed;
    }

    public BooleanProperty paperOutProperty() {
        return paperOut;
    }

    public BooleanProperty paperLowProperty() {
        return paperLow;
    }

    public BooleanProperty coverOpenProperty() {
        return coverOpen;
    }

    public SimulatedPrinter printer() {
        return printer;
    }
}
