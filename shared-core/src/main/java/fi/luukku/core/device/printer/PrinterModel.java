package fi.luukku.core.device.printer;

import java.util.Locale;

/**
 * What the kiosk needs to know about a printer model: paper width in dots and characters, and whether it has
 * its own QR command. {@code --printer-model} takes one of the names below.
 */
public record PrinterModel(String name, QrMode qrMode, int widthDots, int charsPerLine) {

    /** Epson TM-T88 and compatibles (80 mm, 203 dpi, native QR since TM-T88V). */
    public static final PrinterModel EPSON_TM_T88 = new PrinterModel("tm-t88", QrMode.NATIVE, 576, 48);

    /** A generic 80 mm ESC/POS printer without a QR command: the QR goes as a raster image. */
    public static final PrinterModel GENERIC_RASTER = new PrinterModel("raster", QrMode.RASTER, 576, 48);

    /** A generic 58 mm printer, raster QR. */
    public static final PrinterModel NARROW_RASTER = new PrinterModel("raster-58mm", QrMode.RASTER, 384, 32);

    public static PrinterModel parse(String value) {
        if (value == null || value.isBlank()) {
            return EPSON_TM_T88;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "tm-t88", "epson", "native", "native-qr", "tm-t20", "tm-t70" -> EPSON_TM_T88;
            case "raster", "raster-qr", "generic" -> GENERIC_RASTER;
            case "raster-58mm", "58mm" -> NARROW_RASTER;
            default -> throw new IllegalArgumentException("unknown printer model '" + value
                    + "' (use tm-t88 for native QR, raster or raster-58mm for a ZXing raster QR)");
        };
    }
}
