package fi.luukku.kiosk.ui;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.text.TextAlignment;

/** Small builders for the kiosk's touch-sized controls. */
public final class Ui {
    private Ui() {}

    /** A big touch button (at least 15 mm) with an id for tests and a text bound to the language. */
    public static Button button(String id, ObservableValue<String> text, Runnable action, String... styles) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(text);
        b.getStyleClass().add("touch-button");
        b.getStyleClass().addAll(styles);
        b.setWrapText(true);
        b.setTextAlignment(TextAlignment.CENTER);
        b.setOnAction(e -> action.run());
        b.setMnemonicParsing(false);
        return b;
    }

    /** A tile in a grid of choices, with its pictogram above the text. */
    public static Button tile(String id, String text, String icon, Runnable action) {
        Button b = new Button(text);
        b.setGraphic(Pictograms.of(icon, 32));
        b.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
        b.setGraphicTextGap(2);
        b.setId(id);
        b.getStyleClass().addAll("touch-button", "tile");
        b.setWrapText(true);
        b.setTextAlignment(TextAlignment.CENTER);
        b.setAlignment(Pos.CENTER);
        b.setMnemonicParsing(false);
        b.setOnAction(e -> action.run());
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMinWidth(0);
        b.setMaxHeight(Double.MAX_VALUE);
        return b;
    }

    public static Label label(ObservableValue<String> text, String... styles) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.getStyleClass().addAll(styles);
        l.setWrapText(true);
        l.setTextAlignment(TextAlignment.CENTER);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /** A big touch button with a pictogram beside its text. */
    public static Button iconButton(
            String id, ObservableValue<String> text, String icon, Runnable action, String... styles) {
        Button b = button(id, text, action, styles);
        b.setGraphic(Pictograms.of(icon, 44));
        b.setGraphicTextGap(14);
        return b;
    }

    /** Puts every scroller inside {@code node} back at its top (a new citizen starts at the top). */
    public static void scrollToTop(javafx.scene.Node node) {
        if (node instanceof ScrollPane sp) {
            sp.setVvalue(sp.getVmin());
            sp.setHvalue(sp.getHmin());
        }
        if (node instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node child : p.getChildrenUnmodifiable()) {
                scrollToTop(child);
            }
        }
        if (node instanceof ScrollPane sp && sp.getContent() != null) {
            scrollToTop(sp.getContent());
        }
    }

    /** A vertical scroller for a screen's content, should large text make it taller than the screen. */
    public static ScrollPane scroll(Region content) {
        ScrollPane sp = new ScrollPane(content);
        sp.setFitToWidth(true);
        sp.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sp.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        sp.setPannable(true);
        sp.getStyleClass().add("screen-scroll");
        return sp;
    }
}
