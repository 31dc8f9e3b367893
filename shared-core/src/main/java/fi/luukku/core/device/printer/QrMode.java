package fi.luukku.core.device.printer;

/** How a printer model gets its QR code: its own GS ( k command, or a raster image we draw with ZXing. */
public enum QrMode {
    NATIVE,
    RASTER
}
