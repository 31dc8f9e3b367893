package fi.luukku.ui.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Finds text a person would see cut off: labels shortened with an ellipsis, lying outside the window, or
 * spilling out of their panel (a panel is a child of a node with the style class {@value #CANVAS}, as on the
 * display's board). Shared by every app's screen tests.
 */
public final class LayoutChecks {
    /** Style class of a container whose children are panels that their text must stay inside. */
    public static final String CANVAS = "display-canvas";

    private static final double TOLERANCE = 2;

    private LayoutChecks() {}

    public static List<String> cutOff(Scene scene) {
        List<String> problems = new ArrayList<>();
        visit(scene.getRoot(), scene, problems);
        return problems;
    }

    /** The smallest font on screen, in pixels of the window (after any scaling). */
    public static double smallestFontPx(Scene scene) {
        double[] min = {Double.MAX_VALUE};
        smallest(scene.getRoot(), min);
        return min[0];
    }

    private static void smallest(Node n, double[] min) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            Bounds local = l.getLayoutBounds();
            Bounds scene = l.localToScene(local);
            double scale = local.getHeight() > 0 ? scene.getHeight() / local.getHeight() : 1;
            min[0] = Math.min(min[0], l.getFont().getSize() * scale);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                smallest(c, min);
            }
        }
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible() || p.getOpacity() == 0) {
                return false;
            }
        }
        return true;
    }

    /** The panel a node belongs to: its ancestor that sits directly on a {@link #CANVAS}. */
    private static Node panelOf(Node n) {
        for (Node cur = n; cur != null && cur.getParent() != null; cur = cur.getParent()) {
            if (cur.getParent().getStyleClass().contains(CANVAS)) {
                return cur;
            }
        }
        return null;
    }

    private static void visit(Node node, Scene scene, List<String> problems) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank() && shown(l)) {
            Node inner = l.lookup(".text");
            if (inner instanceof Text t && !l.getText().equals(t.getText())) {
                problems.add(describe(l) + " is shown as '" + t.getText() + "'");
            }
            Bounds b = l.localToScene(l.getLayoutBounds());
            // text in a vertical scroller is reached by scrolling: only its sides must stay in the window
            boolean scrolls = insideScroller(l);
            // a cell of a table that shows its sideways scroll bar is reached by scrolling sideways
            boolean sideways = insideSidewaysTable(l);
            if (outside(
                    b,
                    sideways ? b.getMinX() : 0,
                    scrolls ? b.getMinY() : 0,
                    sideways ? b.getMaxX() : scene.getWidth(),
                    scrolls ? b.getMaxY() : scene.getHeight())) {
                problems.add(describe(l) + " lies outside the window at " + Math.round(b.getMinX()) + ","
                        + Math.round(b.getMinY()) + "-" + Math.round(b.getMaxX()) + "," + Math.round(b.getMaxY()));
            }
            Node panel = panelOf(l);
            if (panel != null && panel != l) {
                Bounds pb = panel.localToScene(panel.getLayoutBounds());
                if (outside(b, pb.getMinX(), pb.getMinY(), pb.getMaxX(), pb.getMaxY())) {
                    problems.add(describe(l) + " spills out of its panel " + panel.getStyleClass());
                }
            }
        }
        if (node instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                visit(c, scene, problems);
            }
        }
    }

    private static boolean insideScroller(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideSidewaysTable(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.TableView<?> table) {
                return table.lookupAll(".scroll-bar").stream()
                        .anyMatch(bar -> bar instanceof javafx.scene.control.ScrollBar sb
                                && sb.getOrientation() == javafx.geometry.Orientation.HORIZONTAL
                                && sb.isVisible());
            }
        }
        return false;
    }

    private static boolean outside(Bounds b, double minX, double minY, double maxX, double maxY) {
        return b.getMinX() < minX - TOLERANCE
                || b.getMinY() < minY - TOLERANCE
                || b.getMaxX() > maxX + TOLERANCE
                || b.getMaxY() > maxY + TOLERANCE;
    }

    private static String describe(Labeled l) {
        return (l.getId() != null ? "#" + l.getId() + " " : "") + "'" + l.getText() + "'";
    }
}
