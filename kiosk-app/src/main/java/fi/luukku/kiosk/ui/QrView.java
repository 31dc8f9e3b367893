package fi.luukku.kiosk.ui;

import com.google.zxing.common.BitMatrix;
import fi.luukku.core.device.printer.QrImages;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** A QR code on screen, drawn crisp (whole pixels per module) from ZXing's matrix. */
public final class QrView extends ImageView {

    public QrView() {
        setSmooth(false);
        setPreserveRatio(true);
    }

    public void show(String data, int sizePx) {
        if (data == null) {
            setImage(null);
            return;
        }
        BitMatrix m = QrImages.matrix(data);
        int module = Math.max(1, sizePx / m.getWidth());
        int size = m.getWidth() * module;
        WritableImage img = new WritableImage(size, size);
        PixelWriter pw = img.getPixelWriter();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                pw.setColor(x, y, m.get(x / module, y / module) ? Color.BLACK : Color.WHITE);
            }
        }
        setImage(img);
        setFitWidth(size);
    }
}
