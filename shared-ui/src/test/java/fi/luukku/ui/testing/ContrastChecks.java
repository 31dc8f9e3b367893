package fi.luukku.ui.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;

/**
 * WCAG contrast of every visible text on a rendered screen: the text's own fill (as styled) against the colour
 * that dominates the rendered pixels behind it (sampled from a snapshot of the scene). Below 4.5:1 is a problem.
 */
public final class ContrastChecks {
    public static final double MINIMUM = 4.5;

    private ContrastChecks() {}

    public static List<String> lowContrast(Scene scene, WritableImage snapshot) {
        List<String> problems = new ArrayList<>();
        visit(scene.getRoot(), snapshot, problems);
        return problems;
    }

    private static void visit(Node node, WritableImage snap, List<String> problems) {
        if (!node.isVisible() || node.isDisabled()) {
            return; // WCAG exempts inactive controls
        }
        if (node instanceof Text t
                && t.getText() != null
                && !t.getText().isBlank()
                && t.getFill() instanceof Color fill) {
            Bounds b = t.localToScene(t.getBoundsInLocal());
            Color bg = hiddenBehindSomethingOnTop(t, b) ? null : dominant(snap, b);
            if (bg != null) {
                Color shown = blend(fill, effectiveOpacity(t), bg);
                double ratio = ratio(shown, bg);
                if (ratio < MINIMUM) {
                    problems.add(
                            String.format("'%s' %s on %s: %.2f:1", shorten(t.getText()), hex(shown), hex(bg), ratio));
                }
            }
        }
        if (node instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                visit(c, snap, problems);
            }
        }
    }

    /**
     * Whether something painted later (a later sibling of the text or of one of its ancestors, e.g. the staff
     * overlay or the busy dim) covers the text's centre with a background of its own: then the text is not what the
     * citizen sees, and only what is on top is checked.
     */
    private static boolean hiddenBehindSomethingOnTop(Node text, Bounds b) {
        double x = b.getCenterX();
        double y = b.getCenterY();
        for (Node n = text; n.getParent() != null; n = n.getParent()) {
            List<Node> siblings = n.getParent().getChildrenUnmodifiable();
            for (int i = siblings.indexOf(n) + 1; i < siblings.size(); i++) {
                if (covers(siblings.get(i), x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean covers(Node node, double x, double y) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return false;
        }
        if (!node.localToScene(node.getBoundsInLocal()).contains(x, y)) {
            return false;
        }
        if (node instanceof Region r
                && r.getBackground() != null
                && !r.getBackground().isEmpty()
                && r.getBackground().getFills().stream()
                        .anyMatch(f -> !(f.getFill() instanceof Color c) || c.getOpacity() > 0)) {
            return true;
        }
        if (node instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                if (covers(c, x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double effectiveOpacity(Node n) {
        double o = 1;
        for (Node p = n; p != null; p = p.getParent()) {
            o *= p.getOpacity();
        }
        return o;
    }

    /** The most frequent colour inside the bounds (text strokes cover far less than half of their box). */
    private static Color dominant(WritableImage snap, Bounds b) {
        PixelReader r = snap.getPixelReader();
        int x0 = (int) Math.max(0, Math.floor(b.getMinX()));
        int y0 = (int) Math.max(0, Math.floor(b.getMinY()));
        int x1 = (int) Math.min(snap.getWidth() - 1, Math.ceil(b.getMaxX()));
        int y1 = (int) Math.min(snap.getHeight() - 1, Math.ceil(b.getMaxY()));
        if (x1 <= x0 || y1 <= y0) {
            return null; // outside the window: the layout check reports that
        }
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                counts.merge(r.getArgb(x, y) | 0xFF000000, 1, Integer::sum);
            }
        }
        int argb = counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF);
    }

    private static Color blend(Color fg, double opacity, Color bg) {
        double a = fg.getOpacity() * opacity;
        return new Color(
                fg.getRed() * a + bg.getRed() * (1 - a),
                fg.getGreen() * a + bg.getGreen() * (1 - a),
                fg.getBlue() * a + bg.getBlue() * (1 - a),
                1);
    }

    /** The WCAG 2 contrast ratio of two opaque colours. */
    public static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static String hex(Color c) {
        return String.format(
                "#%02x%02x%02x",
                Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
