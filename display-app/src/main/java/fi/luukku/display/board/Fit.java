package fi.luukku.display.board;

import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** Text that must fit: shrinks a label's font until its text fits a width, never grows it past its size. */
public final class Fit {
    public static final String FAMILY = "DejaVu Sans";

    private Fit() {}

    public static Font font(double size, boolean bold) {
        return Font.font(FAMILY, bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
    }

    /** Sets {@code text} on the label at {@code size}, or smaller if it would be wider than {@code maxWidth}. */
    public static void text(Label label, String text, double size, boolean bold, double maxWidth) {
        String s = text == null ? "" : text;
        Font f = font(size, bold);
        double w = width(s, f);
        if (w > maxWidth && w > 0) {
            f = font(Math.max(8, Math.floor(size * maxWidth / w * 0.98)), bold);
        }
        label.setFont(f);
        label.setText(s);
    }

    static double width(String s, Font f) {
        Text t = new Text(s);
        t.setFont(f);
        return t.getLayoutBounds().getWidth();
    }
}
