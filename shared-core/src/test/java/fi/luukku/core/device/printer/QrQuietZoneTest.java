package fi.luukku.core.device.printer;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import fi.luukku.core.device.escpos.BitImage;
import fi.luukku.core.device.escpos.EscPosDecoder;
import fi.luukku.core.device.escpos.PrintedDocument;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The raster QR on the paper ticket keeps the standard 4-module quiet zone, and ZXing reads it exactly as the
 * printer puts it on paper: one pixel per printer dot (203 dpi), with no white added around the raster.
 */
class QrQuietZoneTest {
    static final String URL = "https://luukku.example.fi/mikkeli/t/WH7WKAZ876";

    static List<PrinterModel> rasterPrinters() {
        return List.of(PrinterModel.GENERIC_RASTER, PrinterModel.NARROW_RASTER);
    }

    private static BitImage printedRaster(PrinterModel model) {
        TicketContent t = new TicketContent(
                "Mikkeli", "K042", "Kela", List.of("Edelläsi jonossa: 3"), URL, "Seuraa vuoroasi", "Tervetuloa!");
        PrintedDocument doc = new EscPosDecoder().decode(new TicketLayout(model, null).encode(t));
        assertThat(doc.rasters()).hasSize(1);
        return doc.rasters().get(0).image();
    }

    @ParameterizedTest
    @MethodSource("rasterPrinters")
    void theQrHasFourModulesOfWhiteOnEverySide(PrinterModel model) {
        BitImage img = printedRaster(model);
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
        for (int y = 0; y < img.height(); y++) {
            for (int x = 0; x < img.widthDots(); x++) {
                if (img.isBlack(x, y)) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        int modules = QrImages.matrix(URL).getWidth() - 2 * QrImages.QUIET_ZONE_MODULES;
        int moduleDots = (maxX - minX + 1) / modules;
        assertThat(moduleDots).isGreaterThanOrEqualTo(4); // about 0.5 mm at 203 dpi: readable by phones
        int quiet = QrImages.QUIET_ZONE_MODULES * moduleDots;
        assertThat(minY).as("white above").isGreaterThanOrEqualTo(quiet);
        assertThat(img.height() - 1 - maxY).as("white below").isGreaterThanOrEqualTo(quiet);
        assertThat(minX).as("white left").isGreaterThanOrEqualTo(quiet);
        assertThat(img.widthDots() - 1 - maxX).as("white right").isGreaterThanOrEqualTo(quiet);
    }

    @ParameterizedTest
    @MethodSource("rasterPrinters")
    void zxingReadsThePrintedRasterAtPrinterResolutionWithoutAddedMargin(PrinterModel model) throws Exception {
        BitImage img = printedRaster(model);
        BufferedImage paper = new BufferedImage(img.widthDots(), img.height(), BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < img.height(); y++) {
            for (int x = 0; x < img.widthDots(); x++) {
                paper.setRGB(x, y, img.isBlack(x, y) ? 0x000000 : 0xFFFFFF);
            }
        }
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(paper)));
        String read = new QRCodeReader()
                .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                .getText();
        assertThat(read).isEqualTo(URL);
    }

    @ParameterizedTest
    @MethodSource("rasterPrinters")
    void theModuleMatrixItselfCarriesTheQuietZone(PrinterModel model) {
        var m = QrImages.matrix(URL);
        for (int i = 0; i < m.getWidth(); i++) {
            for (int q = 0; q < QrImages.QUIET_ZONE_MODULES; q++) {
                assertThat(m.get(i, q)
                                || m.get(q, i)
                                || m.get(i, m.getHeight() - 1 - q)
                                || m.get(m.getWidth() - 1 - q, i))
                        .isFalse();
            }
        }
        assertThat(m.get(QrImages.QUIET_ZONE_MODULES, QrImages.QUIET_ZONE_MODULES))
                .isTrue(); // finder corner
        assertThat(model.widthDots()).isGreaterThanOrEqualTo(m.getWidth() * 6);
    }
}
