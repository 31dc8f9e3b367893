package fi.luukku.kiosk.printer;

import fi.luukku.core.device.escpos.BitImage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Turns a logo picture into a printer bit image: scaled to fit the paper, thresholded to black and white. */
public final class LogoImages {
    private LogoImages() {}

    public static BitImage load(Path file, int maxWidthDots) throws IOException {
        BufferedImage src = ImageIO.read(file.toFile());
        if (src == null) {
            throw new IOException("not an image: " + file);
        }
        double scale = Math.min(1.0, (double) maxWidthDots / src.getWidth());
        int w = Math.max(1, (int) (src.getWidth() * scale));
        int h = Math.max(1, (int) (src.getHeight() * scale));
        int left = (maxWidthDots - w) / 2;
        return BitImage.of(maxWidthDots, h, (x, y) -> {
            int sx = (int) ((x - left) / scale);
            int sy = (int) (y / scale);
            if (x < left || sx >= src.getWidth() || sy >= src.getHeight()) {
                return false;
            }
            int argb = src.getRGB(sx, sy);
            int alpha = (argb >>> 24) & 0xFF;
            int lum = (((argb >> 16) & 0xFF) * 299 + ((argb >> 8) & 0xFF) * 587 + (argb & 0xFF) * 114) / 1000;
            return alpha > 128 && lum < 128;
        });
    }
}
