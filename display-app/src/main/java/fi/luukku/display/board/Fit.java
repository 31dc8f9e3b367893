package fi.luukku.display.board;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
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

    /**
     * Sets {@code text} on a wrapping label: one line at {@code size} when it fits, otherwise up to
     * {@code lines} lines, shrinking the font until it does.
     */
    public static void wrapped(Label label, String text, double size, double maxWidth, int lines) {
        String s = text == null ? "" : text;
        label.setMaxWidth(maxWidth);
        label.setMinWidth(Region.USE_PREF_SIZE);
        double full = width(s, font(size, false));
        double single = full <= maxWidth ? size : Math.floor(size * maxWidth / full * 0.98);
        if (single >= size * 0.85 || lines < 2) {
            label.setWrapText(false);
            label.setPrefWidth(Region.USE_COMPUTED_SIZE);
            label.setFont(font(Math.max(8, single), false));
            label.setText(s);
            return;
        }
        label.setWrapText(true);
        label.setPrefWidth(maxWidth);
        // two lines must fit the bar's height, and a wrapped line rarely fills the whole width
        double sz = size * 0.85;
        while (sz > 8 && width(s, font(sz, false)) > maxWidth * (1 + (lines - 1) * 0.8)) {
            sz -= 1;
        }
        label.setFont(font(sz, false));
        label.setText(s);
    }

    public static double width(String s, Font f) {
        Text t = new Text(s);
        t.setFont(f);
        return t.getLayoutBounds().getWidth();
    }
}
