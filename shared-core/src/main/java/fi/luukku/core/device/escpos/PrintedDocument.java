package fi.luukku.core.device.escpos;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a stream of ESC/POS bytes prints, decoded back: the simulated printer draws it and tests read the text
 * and QR codes from it. {@code statusRequests} lists the {@code n} of every DLE EOT in order;
 * {@code consumed} is how many bytes formed complete commands (a trailing partial command is left over).
 */
public record PrintedDocument(List<Element> elements, List<Integer> statusRequests, int cuts, int consumed) {

    public PrintedDocument {
        elements = List.copyOf(elements);
        statusRequests = List.copyOf(statusRequests);
    }

    /** One printed thing. */
    public sealed interface Element permits TextLine, QrCode, Raster, Cut {}

    /** A line of text with the modes it was printed in. */
    public record TextLine(String text, EscPosWriter.Align align, boolean bold, int width, int height)
            implements Element {}

    /** A QR code printed by the printer's own QR command. */
    public record QrCode(String data, int moduleSize) implements Element {}

    /** A raster bit image (a logo, or a QR code drawn by us). */
    public record Raster(BitImage image, EscPosWriter.Align align) implements Element {}

    /** The paper was cut here. */
    public record Cut() implements Element {}

    public List<String> textLines() {
        return elements.stream()
                .filter(TextLine.class::isInstance)
                .map(e -> ((TextLine) e).text())
                .collect(Collectors.toList());
    }

    /** All text, one line per printed line. */
    public String text() {
        return String.join("\n", textLines());
    }

    public List<QrCode> qrCodes() {
        return elements.stream()
                .filter(QrCode.class::isInstance)
                .map(QrCode.class::cast)
                .collect(Collectors.toList());
    }

    public List<Raster> rasters() {
        return elements.stream()
                .filter(Raster.class::isInstance)
                .map(Raster.class::cast)
                .collect(Collectors.toList());
    }
}
