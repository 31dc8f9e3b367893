package fi.luukku.ui.pairing;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;

/**
 * The screen of a device that has no token yet: the pairing code large enough to read from across the lobby,
 * what to do with it and where pairing is, in Finnish, Swedish and English.
 */
public final class PairingView {
    private final PairingViewModel vm;

    public PairingView(PairingViewModel vm) {
        this.vm = vm;
    }

    public Parent createView() {
        VBox root = new VBox(18);
        root.setId("pairing-view");
        root.setAlignment(Pos.CENTER);
        root.setStyle("-fx-padding: 40; -fx-background-color: #ffffff;");
        for (String lang : PairingTexts.LANGUAGES) {
            Label title = label(PairingTexts.get(lang, "title"), lang.equals("fi") ? 34 : 24, true);
            title.setId("pairing-title-" + lang);
            root.getChildren().add(title);
        }
        Label code = new Label();
        code.setId("pairing-code");
        code.textProperty().bind(vm.codeProperty());
        code.setStyle("-fx-font-size: 120px; -fx-font-weight: bold; -fx-font-family: monospace;"
                + " -fx-padding: 10 40; -fx-border-color: #0b5cad; -fx-text-fill: #111111; -fx-border-width: 4;"
                + " -fx-border-radius: 12;");
        code.setAccessibleText("pairing code");
        root.getChildren().add(code);
        for (String lang : PairingTexts.LANGUAGES) {
            Label instruction = label(PairingTexts.get(lang, "instruction"), 22, false);
            instruction.setId("pairing-instruction-" + lang);
            root.getChildren().add(instruction);
        }
        VBox statuses = new VBox(4);
        statuses.setAlignment(Pos.CENTER);
        for (String lang : PairingTexts.LANGUAGES) {
            Label status = label("", 18, false);
            status.setId("pairing-status-" + lang);
            status.textProperty().bind(vm.statusProperty().map(s -> PairingTexts.get(lang, s.name())));
            statuses.getChildren().add(status);
        }
        statuses.setStyle("-fx-padding: 24 0 0 0;");
        root.getChildren().add(statuses);
        return root;
    }

    private static Label label(String text, int size, boolean bold) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setTextAlignment(TextAlignment.CENTER);
        l.setStyle("-fx-font-size: " + size + "px;" + (bold ? " -fx-font-weight: bold;" : ""));
        return l;
    }
}
