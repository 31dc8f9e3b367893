package fi.luukku.core.device.printer;

import com.google.zxing.common.BitMatrix;
import fi.luukku.core.device.escpos.BitImage;
import fi.luukku.core.device.escpos.EscPosWriter.Align;
import fi.luukku.core.device.escpos.PrintedDocument;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws decoded ESC/POS output as the paper would look: the simulated printer's window and the demo's PNGs.
 * Works headless (plain AWT images, no screen needed).
 */
public final class TicketImageRenderer {
    private static final int BASE_FONT = 20;
    private static final int MARGIN = 16;

    private final int widthDots;

    public TicketImageRenderer(int widthDots) {
        this.widthDots = widthDots;
    }

    public BufferedImage render(PrintedDocument doc) {
        List<Drawable> items = new ArrayList<>();
        int height = MARGIN;
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D pg = probe.createGraphics();
        for (PrintedDocument.Element e : doc.elements()) {
            Drawable d = measure(pg, e);
            items.add(d);
            height += d.height;
        }
        pg.dispose();
        height += MARGIN;
        BufferedImage img =
                new BufferedImage(widthDots + 2 * MARGIN, Math.max(height, 100), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0xFFFDF5));
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        int y = MARGIN;
        for (Drawable d : items) {
            d.draw(g, y);
            y += d.height;
        }
        g.dispose();
        return img;
    }

    public void writePng(PrintedDocument doc, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(render(doc), "png", file.toFile());
    }

    private abstract static class Drawable {
        final int height;

        Drawable(int height) {
            this.height = height;
        }

        abstract void draw(Graphics2D g, int y);
    }

    private Drawable measure(Graphics2D pg, PrintedDocument.Element e) {
        if (e instanceof PrintedDocument.TextLine t) {
            // GS ! scales width and height independently: a double-height line is not wider
            Font font = new Font(Font.SANS_SERIF, t.bold() ? Font.BOLD : Font.PLAIN, BASE_FONT * t.height())
                    .deriveFont(java.awt.geom.AffineTransform.getScaleInstance((double) t.width() / t.height(), 1));
            FontMetrics fm = pg.getFontMetrics(font);
            int h = fm.getHeight() + 4;
            return new Drawable(h) {
                @Override
                void draw(Graphics2D g, int y) {
                    g.setFont(font);
                    g.setColor(Color.BLACK);
                    FontMetrics m = g.getFontMetrics();
                    int w = m.stringWidth(t.text());
                    int x = x(t.align(), w);
                    g.drawString(t.text(), x, y + m.getAscent());
                }
            };
        }
        if (e instanceof PrintedDocument.QrCode q) {
            BitMatrix m = QrImages.matrix(q.data());
            int module = Math.max(1, q.moduleSize());
            int size = m.getWidth() * module;
            return new Drawable(size + 8) {
                @Override
                void draw(Graphics2D g, int y) {
                    int left = x(Align.CENTER, size);
                    g.setColor(Color.BLACK);
                    for (int my = 0; my < m.getHeight(); my++) {
                        for (int mx = 0; mx < m.getWidth(); mx++) {
                            if (m.get(mx, my)) {
                                g.fillRect(left + mx * module, y + my * module, module, module);
                            }
                        }
                    }
                }
            };
        }
        if (e instanceof PrintedDocument.Raster r) {
            BitImage img = r.image();
            return new Drawable(img.height() + 4) {
                @Override
                void draw(Graphics2D g, int y) {
                    int left = x(r.align(), img.widthDots());
                    g.setColor(Color.BLACK);
                    for (int iy = 0; iy < img.height(); iy++) {
                        for (int ix = 0; ix < img.widthDots(); ix++) {
                            if (img.isBlack(ix, iy)) {
                                g.fillRect(left + ix, y + iy, 1, 1);
                            }
                        }
                    }
                }
            };
        }
        return new Drawable(24) {
            @Override
            void draw(Graphics2D g, int y) {
                g.setColor(Color.GRAY);
                for (int x = 0; x < widthDots + 2 * MARGIN; x += 12) {
                    g.drawLine(x, y + 12, x + 6, y + 12);
                }
            }
        };
    }

    private int x(Align align, int width) {
        return switch (align) {
            case LEFT -> MARGIN;
            case CENTER -> MARGIN + Math.max(0, (widthDots - width) / 2);
            case RIGHT -> MARGIN + Math.max(0, widthDots - width);
        };
    }
}
