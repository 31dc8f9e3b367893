package fi.luukku.core.device.printer;

import fi.luukku.core.device.escpos.BitImage;
import fi.luukku.core.device.escpos.EscPosWriter;
import fi.luukku.core.device.escpos.EscPosWriter.Align;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The queue ticket as printed: optional logo, point name, the number very large, the service, the details, the
 * QR to the tracking page (the printer's own or a ZXing raster, per model), a footer, then a cut.
 */
public final class TicketLayout {
    private static final int QR_MODULE_DOTS = 6;

    private final PrinterModel model;
    private final BitImage logo;

    /** @param logo printed at the top when not null */
    public TicketLayout(PrinterModel model, BitImage logo) {
        this.model = model;
        this.logo = logo;
    }

    public PrinterModel model() {
        return model;
    }

    public byte[] encode(TicketContent t) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        EscPosWriter w = new EscPosWriter(bytes);
        try {
            w.initialize().codeTable(EscPosWriter.CODE_TABLE_WPC1252).align(Align.CENTER);
            if (logo != null) {
                w.raster(logo);
            }
            w.bold(true);
            lines(w, t.header());
            w.bold(false).feed(1);
            w.size(4, 4).bold(true).line(t.number()).size(1, 1).bold(false).feed(1);
            w.size(1, 2).bold(true);
            lines(w, t.service());
            w.size(1, 1).bold(false);
            for (String d : t.details()) {
                lines(w, d);
            }
            if (t.qrUrl() != null) {
                w.feed(1);
                if (model.qrMode() == QrMode.NATIVE) {
                    w.qrCode(t.qrUrl(), QR_MODULE_DOTS, EscPosWriter.QrErrorLevel.M);
                } else {
                    w.raster(QrImages.raster(t.qrUrl(), QR_MODULE_DOTS, model.widthDots()));
                }
                if (t.qrCaption() != null) {
                    lines(w, t.qrCaption());
                }
            }
            if (t.footer() != null && !t.footer().isBlank()) {
                w.feed(1);
                lines(w, t.footer());
            }
            w.feed(3).cut(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /** Prints text word-wrapped to the paper width, so nothing is cut off. */
    private void lines(EscPosWriter w, String s) throws IOException {
        for (String line : wrap(s == null ? "" : s, model.charsPerLine())) {
            w.line(line);
        }
    }

    static java.util.List<String> wrap(String text, int width) {
        java.util.List<String> out = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            while (word.length() > width) {
                if (line.length() > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                out.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0 || out.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }
}
