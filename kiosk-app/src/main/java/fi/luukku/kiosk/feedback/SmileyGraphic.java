package fi.luukku.kiosk.feedback;

import javafx.scene.Group;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.QuadCurveTo;
import javafx.scene.shape.StrokeLineCap;

/**
 * A smiley for a rating 1..5, drawn from shapes (no emoji font needed): a coloured face with a thick dark
 * outline, two eyes, and a mouth that turns from a deep frown (1) to a wide smile (5). The colour is a cue
 * only; the mouth's shape and the word under it carry the meaning.
 */
public final class SmileyGraphic extends StackPane {
    static final Color[] FACE = {
        Color.web("#d32f2f"), Color.web("#f57c00"), Color.web("#fbc02d"), Color.web("#9ccc65"), Color.web("#2e7d32")
    };

    public SmileyGraphic(int rating, double size) {
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("rating 1..5");
        }
        double r = size / 2;
        Color ink = Color.web("#111111");
        Circle face = new Circle(r, r, r - size * 0.03, FACE[rating - 1]);
        face.setStroke(ink);
        face.setStrokeWidth(size * 0.04);
        Ellipse leftEye = new Ellipse(r - size * 0.16, r - size * 0.12, size * 0.055, size * 0.08);
        Ellipse rightEye = new Ellipse(r + size * 0.16, r - size * 0.12, size * 0.055, size * 0.08);
        leftEye.setFill(ink);
        rightEye.setFill(ink);
        // mouth: corners at a fixed height, the control point above (frown) or below (smile)
        double curve = (rating - 3) * size * 0.14;
        double mouthY = r + size * 0.2 - curve * 0.35;
        Path mouth = new Path(
                new MoveTo(r - size * 0.22, mouthY), new QuadCurveTo(r, mouthY + curve, r + size * 0.22, mouthY));
        mouth.setStroke(ink);
        mouth.setStrokeWidth(size * 0.05);
        mouth.setStrokeLineCap(StrokeLineCap.ROUND);
        mouth.setFill(null);
        Group g = new Group(face, leftEye, rightEye, mouth);
        getChildren().add(g);
        setMinSize(size, size);
        setPrefSize(size, size);
        setMaxSize(size, size);
        getStyleClass().add("smiley");
        setMouseTransparent(true);
    }
}
