package fi.luukku.kiosk.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** Finds text that is cut off: ellipsised labels, and labels reaching outside the window. */
public final class LayoutChecks {
    private LayoutChecks() {}

    public static List<String> cutOff(Scene scene) {
        List<String> problems = new ArrayList<>();
        visit(scene.getRoot(), scene, problems);
        return problems;
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible() || p.getOpacity() == 0) {
                return false;
            }
        }
        return true;
    }

    private static void visit(Node node, Scene scene, List<String> problems) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank() && shown(l)) {
            Node t = l.lookup(".text");
            if (t instanceof Text text && !text.getText().equals(l.getText())) {
                problems.add("ellipsised " + describe(l) + ": '" + text.getText() + "'");
            }
            Bounds b = l.localToScene(l.getBoundsInLocal());
            if (b.getMinX() < -1
                    || b.getMinY() < -1
                    || b.getMaxX() > scene.getWidth() + 1
                    || b.getMaxY() > scene.getHeight() + 1) {
                problems.add("outside the window " + describe(l) + " at " + Math.round(b.getMinX()) + ","
                        + Math.round(b.getMinY()) + "-" + Math.round(b.getMaxX()) + "," + Math.round(b.getMaxY()));
            }
        }
        if (node instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                visit(c, scene, problems);
            }
        }
    }

    private static String describe(Labeled l) {
        return (l.getId() != null ? "#" + l.getId() + " " : "") + l.getClass().getSimpleName() + " '" + l.getText()
                + "'";
    }
}
