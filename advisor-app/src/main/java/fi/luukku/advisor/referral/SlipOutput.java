package fi.luukku.advisor.referral;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.embed.swing.SwingFXUtils;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javax.imageio.ImageIO;

/** Prints a referral slip with JavaFX's PrinterJob and keeps a PNG of it. FX thread only. */
public final class SlipOutput {
    private final Path dir;
    private final ZoneId zone;

    public SlipOutput(Path dataDir, ZoneId zone) {
        this.dir = dataDir.resolve("slips");
        this.zone = zone;
    }

    /** Renders the slip to {@code DIR/slips/<ticket>-<time>.png} and returns the file. */
    public Path savePng(ReferralSlip slip) throws IOException {
        VBox node = SlipNode.build(slip, zone);
        new Scene(new Group(node));
        node.applyCss();
        node.layout();
        WritableImage image = node.snapshot(new SnapshotParameters(), null);
        Files.createDirectories(dir);
        String name = slip.ticketNumber() + "-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(zone).format(slip.createdAt()) + ".png";
        Path file = dir.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_"));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        return file;
    }

    /** Sends the slip to the default printer; false when there is none or the job failed. */
    public boolean print(ReferralSlip slip) {
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
        }
        return ok;
    }
}
