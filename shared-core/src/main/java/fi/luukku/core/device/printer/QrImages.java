package fi.luukku.core.device.printer;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import fi.luukku.core.device.escpos.BitImage;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.Optional;

/** QR codes drawn with ZXing, as printer raster images. */
public final class QrImages {
    private QrImages() {}

    /** Modules of white around the code: ISO/IEC 18004 asks for four, and phone cameras need them on paper. */
    public static final int QUIET_ZONE_MODULES = 4;

    /** The QR's module matrix, with the standard 4-module quiet zone on every side. */
    public static BitMatrix matrix(String data) {
        try {
            return new QRCodeWriter()
                    .encode(
                            data,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.MARGIN,
                                    QUIET_ZONE_MODULES));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode QR code for " + data, e);
        }
    }

    /** The QR at {@code moduleDots} dots per module, centred on a row {@code widthDots} wide. */
    public static BitImage raster(String data, int moduleDots, int widthDots) {
        BitMatrix m = matrix(data);
        int size = m.getWidth() * moduleDots;
        int width = Math.max(widthDots, size);
        int left = (width - size) / 2;
        return BitImage.of(width, size, (x, y) -> {
            int mx = x - left;
            if (mx < 0 || mx >= size) {
                return false;
            }
            return m.get(mx / moduleDots, y / moduleDots);
        });
    }

    /** Reads a QR code from an image (how tests and the fake printer read back what was printed). */
    public static Optional<String> decode(BufferedImage image) {
        try {
            var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                    new com.google.zxing.client.j2se.BufferedImageLuminanceSource(image)));
            return Optional.of(new com.google.zxing.qrcode.QRCodeReader()
                    .decode(bitmap, Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE))
                    .getText());
        } catch (com.google.zxing.ReaderException e) {
            return Optional.empty();
        }
    }

    /** Reads a QR code from a printer raster image. */
    public static Optional<String> decode(BitImage image) {
        int pad = 24;
        BufferedImage img =
                new BufferedImage(image.widthDots() + 2 * pad, image.height() + 2 * pad, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int ix = x - pad;
                int iy = y - pad;
                boolean black =
                        ix >= 0 && iy >= 0 && ix < image.widthDots() && iy < image.height() && image.isBlack(ix, iy);
                img.setRGB(x, y, black ? 0x000000 : 0xFFFFFF);
            }
        }
        return decode(img);
    }
}
