package fi.luukku.advisor.reports;

import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.api.report.ReportFormat;
import fi.luukku.core.api.report.ReportKind;
import fi.luukku.core.concurrent.TaskRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Saves a report as a file: asks the chooser where, fetches the file the service renders for the same scope,
 * period and language as on screen, and writes it whole (to a temporary file first, then moved into place, so a
 * failed export never leaves half a file or replaces a good one).
 */
public class ReportExports {
    /** What was chosen when the export started. */
    public record Request(ReportKind kind, ReportFormat format, String scope, ReportPeriod period) {}

    private final LuukkuClient client;
    private final TaskRunner runner;
    private final ReportTexts texts;
    private final SaveFileChooser chooser;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private final ReadOnlyObjectWrapper<Path> lastSaved = new ReadOnlyObjectWrapper<>(this, "lastSaved");

    public ReportExports(LuukkuClient client, TaskRunner runner, ReportTexts texts, SaveFileChooser chooser) {
        this.client = client;
        this.runner = runner;
        this.texts = texts;
        this.chooser = chooser;
    }

    /** PDF is the printable monthly billing; the metrics come as tables only. */
    public static boolean offered(ReportKind kind, ReportFormat format) {
        return format != ReportFormat.PDF || kind == ReportKind.BILLING;
    }

    /** Starts an export of what {@code current} describes now; nothing happens when the person cancels. */
    public void export(ReportKind kind, ReportFormat format, Supplier<Request> current) {
        if (busy.get() || !offered(kind, format)) {
            return;
        }
        Request base = current.get();
        if (base == null || base.scope() == null || base.period() == null) {
            return;
        }
        Request r = new Request(kind, format, base.scope(), base.period());
        String name = fileName(r);
        Optional<Path> target =
                chooser.chooseSaveFile(name, texts.get("export.type." + format.extension()), format.extension());
        if (target.isEmpty()) {
            return;
        }
        Path file = withExtension(target.get(), format.extension());
        busy.set(true);
        status.set(texts.format("export.working", file.getFileName().toString()));
        String lang = texts.language().code();
        runner.run(
                () -> {
                    byte[] body = client.exportReport(
                            kind,
                            format,
                            r.scope(),
                            r.period().from(),
                            r.period().to(),
                            lang);
                    write(file, body);
                    return file;
                },
                saved -> {
                    busy.set(false);
                    lastSaved.set(saved);
                    status.set(texts.format("export.saved", saved.toString()));
                },
                e -> {
                    busy.set(false);
                    status.set(texts.format("export.failed", file.getFileName().toString())
                            + " "
                            + (e instanceof UncheckedIOException
                                    ? texts.get("error.file")
                                    : ReportsViewModel.message(texts, e)));
                });
    }

    /** {@code luukku-billing-point-mikkeli-2026-11.pdf}: kind, scope and period, safe on every file system. */
    static String fileName(Request r) {
        String scope = r.scope().replaceAll("[^A-Za-z0-9_-]+", "-");
        return "luukku-" + r.kind().path() + "-" + scope + "-" + r.period().fileLabel() + "."
                + r.format().extension();
    }

    static Path withExtension(Path file, String extension) {
        String n = file.getFileName().toString();
        return n.toLowerCase(java.util.Locale.ROOT).endsWith("." + extension)
                ? file
                : file.resolveSibling(n + "." + extension);
    }

    private static void write(Path file, byte[] body) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Path tmp = Files.createTempFile(dir, ".luukku-export-", ".part");
            try {
                Files.write(tmp, body);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> lastSavedProperty() {
        return lastSaved.getReadOnlyProperty();
    }
}
