package fi.luukku.display.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;

/** Finds text a viewer would see cut off: labels shortened with an ellipsis, or lying outside the window. */
public final class LayoutChecks {
    private LayoutChecks() {}

    public static List<String> cutOff(Scene scene) {
        List<String> problems = new ArrayList<>();
        visit(scene.getRoot(), scene, problems);
        return problems;
    }

    /** The panel a node belongs to: its ancestor that sits directly on the board's canvas. */
    private static Node partOf(Node n) {
        Node cur = n;
        while (cur != null && cur.getParent() != null) {
            if (cur.getParent().getStyleClass().contains("display-canvas")) {
                return cur;
            }
            cur = cur.getParent();
        }
        return null;
    }

    private static void visit(Node n, Scene scene, List<String> problems) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Label l && l.getText() != null && !l.getText().isEmpty()) {
            Node inner = l.lookup(".text");
            if (inner instanceof Text t && !l.getText().equals(t.getText())) {
                problems.add("'" + l.getText() + "' is shown as '" + t.getText() + "'");
            }
            Bounds b = l.localToScene(l.getLayoutBounds());
            double tol = 2;
            if (b.getMinX() < -tol
                    || b.getMinY() < -tol
                    || b.getMaxX() > scene.getWidth() + tol
                    || b.getMaxY() > scene.getHeight() + tol) {
                problems.add("'" + l.getText() + "' lies outside the window at " + b);
            }
            Node part = partOf(l);
            if (part != null && part != l) {
                Bounds pb = part.localToScene(part.getLayoutBounds());
                if (b.getMinX() < pb.getMinX() - tol
                        || b.getMinY() < pb.getMinY() - tol
                        || b.getMaxX() > pb.getMaxX() + tol
                        || b.getMaxY() > pb.getMaxY() + tol) {
                    problems.add("'" + l.getText() + "' spills out of its panel " + part.getStyleClass());
                }
            }
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                visit(c, scene, problems);
            }
        }
    }
}
