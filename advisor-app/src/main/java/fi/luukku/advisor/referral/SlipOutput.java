package fi.luukku.advisor.referral;

import fi.luukku.core.concurrent.TaskRunner;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javax.imageio.ImageIO;

/**
 * Prints a referral slip and keeps a PNG of it, without blocking the FX thread: the picture is taken on the FX
 * thread (a snapshot must be), the file is encoded and written by the {@link TaskRunner}; printing builds its
 * own node (never attached to the live scene) and runs wholly on a worker.
 */
public final class SlipOutput {
    /** Sends one slip to a printer; true when it was printed, false when there is no printer. Blocking. */
    @FunctionalInterface
    public interface SlipPrinter {
        boolean print(ReferralSlip slip) throws Exception;
    }

    private final Path dir;
    private final ZoneId zone;
    private final TaskRunner runner;
    private final SlipPrinter printer;

    public SlipOutput(Path dataDir, ZoneId zone, TaskRunner runner) {
        this(dataDir, zone, runner, null);
    }

    public SlipOutput(Path dataDir, ZoneId zone, TaskRunner runner, SlipPrinter printer) {
        this.dir = dataDir.resolve("slips");
        this.zone = zone;
        this.runner = runner;
        this.printer = printer == null ? this::printWithPrinterJob : printer;
    }

    /** The folder the PNGs go to (purged of earlier days' slips by {@code LocalDataPurge}). */
    public Path directory() {
        return dir;
    }

    /**
     * Takes the picture now (FX thread) and writes {@code DIR/slips/<ticket>-<time>.png} in the background;
     * {@code onSaved} / {@code onFailed} run on the UI thread.
     */
    public void savePng(ReferralSlip slip, Consumer<Path> onSaved, Consumer<Exception> onFailed) {
        BufferedImage image;
        try {
            image = SwingFXUtils.fromFXImage(render(slip), null);
        } catch (RuntimeException e) {
            onFailed.accept(e);
            return;
        }
        runner.run(() -> write(slip, image), onSaved, onFailed);
    }

    private WritableImage render(ReferralSlip slip) {
        VBox node = SlipNode.build(slip, zone);
        new Scene(new Group(node));
        node.applyCss();
        node.layout();
        return node.snapshot(new SnapshotParameters(), null);
    }

    private Path write(ReferralSlip slip, BufferedImage image) throws IOException {
        Files.createDirectories(dir);
        String name = slip.ticketNumber() + "-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(zone).format(slip.createdAt()) + ".png";
        Path file = dir.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_"));
        Path tmp = dir.resolve(file.getFileName() + ".tmp");
        ImageIO.write(image, "png", tmp.toFile());
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    /**
     * Prints on a worker thread; {@code onDone} gets true when printed, false when there is no printer;
     * {@code onFailed} gets what went wrong with the job.
     */
    public void print(ReferralSlip slip, Consumer<Boolean> onDone, Consumer<Exception> onFailed) {
        runner.run(() -> printer.print(slip), onDone, onFailed);
    }

    /** JavaFX printing off the FX thread: allowed because the node is in a scene no window shows. */
    private boolean printWithPrinterJob(ReferralSlip slip) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return false;
        }
        VBox node = SlipNode.build(slip, zone);
        new Scene(new Group(node));
        node.applyCss();
        node.layout();
        boolean ok = job.printPage(node);
        if (ok) {
            job.endJob();
        } else {
            job.cancelJob();
            throw new IllegalStateException(
                    "the printer did not accept the page (job status " + job.getJobStatus() + ")");
        }
        return true;
    }
}
